package io.clearstone.domain.asset;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Reads and stores assets; joins the caller's transaction. */
@ApplicationScoped
public class AssetRepository {

    @PersistenceContext(unitName = "clearstone")
    EntityManager em;

    public Optional<Asset> find(String symbol) {
        return Optional.ofNullable(symbol == null ? null : em.find(Asset.class, symbol));
    }

    /** The asset, or {@link UnknownAssetException} naming {@code field}. */
    public Asset require(String symbol, String field) {
        return find(symbol).orElseThrow(() -> new UnknownAssetException(symbol, field));
    }

    public List<Asset> all() {
        return em.createQuery("select a from Asset a order by a.symbol", Asset.class).getResultList();
    }

    public void add(Asset asset) {
        em.persist(asset);
    }
}
