package io.clearstone.domain.instrument;

import java.util.Optional;

import io.clearstone.domain.asset.AssetRepository;
import io.clearstone.domain.oracle.OracleSymbol;
import io.clearstone.instruments.spi.ReferenceData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The listed assets and the oracle's index symbols, as plugins resolve terms against them. */
@ApplicationScoped
public class PlatformReferenceData implements ReferenceData {

    @Inject
    AssetRepository assets;
    @PersistenceContext(unitName = "clearstone")
    EntityManager em;

    @Override
    public Optional<AssetInfo> asset(String symbol) {
        return assets.find(symbol).map(a -> new AssetInfo(a.symbol(), a.decimals()));
    }

    @Override
    public boolean hasIndex(String indexSymbol) {
        return indexSymbol != null && em.find(OracleSymbol.class, indexSymbol) != null;
    }
}
