package io.clearstone.domain.asset;

import java.util.List;

import io.clearstone.domain.oracle.OracleConfiguration;
import io.clearstone.domain.shared.ConflictException;
import io.clearstone.domain.shared.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;

/** Lists assets and changes their collateral policy. Access (admin only for changes) is enforced by the API. */
@Stateless
public class AssetService {

    @Inject
    AssetRepository assets;
    @Inject
    OracleConfiguration oracle;
    @Inject
    jakarta.enterprise.event.Event<AssetListed> listed;

    public AssetView list(@Valid AssetTerms terms) {
        if (assets.find(terms.symbol()).isPresent()) {
            throw new ConflictException("asset/already-listed", "Asset already listed", "symbol",
                    "asset " + terms.symbol() + " is already listed");
        }
        oracle.ensureSymbol(terms.oracleSymbol());
        Asset asset = new Asset(terms);
        assets.add(asset);
        listed.fire(new AssetListed(asset.symbol()));
        return AssetView.of(asset);
    }

    public AssetView changePolicy(String symbol, @Valid CollateralPolicy policy) {
        Asset asset = assets.find(symbol).orElseThrow(() -> new NotFoundException("asset", "asset", symbol));
        asset.apply(policy);
        return AssetView.of(asset);
    }

    public List<AssetView> all() {
        return assets.all().stream().map(AssetView::of).toList();
    }

    public AssetView get(String symbol) {
        return assets.find(symbol).map(AssetView::of).orElseThrow(() -> new NotFoundException("asset", "asset", symbol));
    }
}
