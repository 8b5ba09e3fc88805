package io.clearstone.domain.valuation;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.clearstone.domain.account.AccountAccess;
import io.clearstone.domain.account.AccountView;
import io.clearstone.domain.asset.Asset;
import io.clearstone.domain.asset.AssetRepository;
import io.clearstone.domain.ledger.LedgerQueries;
import io.clearstone.domain.oracle.IndexView;
import io.clearstone.domain.oracle.OracleService;
import io.clearstone.domain.shared.Caller;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Values an account's collateral at the current index prices. */
@Stateless
public class AccountSummaryService {

    @Inject
    AccountAccess access;
    @Inject
    AssetRepository assets;
    @Inject
    LedgerQueries ledger;
    @EJB
    OracleService oracle;
    @Inject
    Clock clock;

    public AccountSummary summarize(Caller caller, long accountId) {
        AccountView account = AccountView.of(access.readable(caller, accountId));
        Map<String, Asset> bySymbol = assets.all().stream()
                .collect(Collectors.toMap(Asset::symbol, Function.identity()));
        // a stale index values nothing: the asset is reported as unpriced and counts as zero
        Map<String, BigDecimal> indexBySymbol = oracle.indices().stream().filter(IndexView::usable)
                .collect(Collectors.toMap(IndexView::symbol, IndexView::price));
        Map<String, BigDecimal> priceByAsset = new HashMap<>();
        bySymbol.values().forEach(a -> {
            if (indexBySymbol.containsKey(a.oracleSymbol())) {
                priceByAsset.put(a.symbol(), indexBySymbol.get(a.oracleSymbol()));
            }
        });
        List<CollateralLine> lines = CollateralValuation.value(ledger.balances(accountId), bySymbol, priceByAsset);
        List<String> unpriced = lines.stream().filter(l -> l.indexPrice() == null).map(CollateralLine::asset).toList();
        return new AccountSummary(account, lines, CollateralValuation.total(lines, false),
                CollateralValuation.total(lines, true), unpriced, clock.instant());
    }
}
