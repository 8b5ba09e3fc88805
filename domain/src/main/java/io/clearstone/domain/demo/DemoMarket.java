package io.clearstone.domain.demo;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;

import io.clearstone.domain.account.AccountService;
import io.clearstone.domain.account.AccountView;
import io.clearstone.domain.account.MarginMode;
import io.clearstone.domain.account.OpenAccountRequest;
import io.clearstone.domain.account.SystemAccount;
import io.clearstone.domain.account.AccountRepository;
import io.clearstone.domain.asset.AssetRepository;
import io.clearstone.domain.asset.AssetService;
import io.clearstone.domain.funds.FundsService;
import io.clearstone.domain.funds.MoneyMovement;
import io.clearstone.domain.ledger.JournalRequest;
import io.clearstone.domain.ledger.JournalType;
import io.clearstone.domain.ledger.Ledger;
import io.clearstone.domain.oracle.ObservationRequest;
import io.clearstone.domain.oracle.OracleService;
import io.clearstone.domain.oracle.SourceRequest;
import io.clearstone.domain.oracle.SymbolRulesRequest;
import io.clearstone.domain.shared.Caller;
import io.clearstone.domain.shared.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * Loads the demo market once, on the first start in demo mode: feed sources, BTC/ETH/USDC with their opening index,
 * an account per demo trader with collateral, and the insurance fund's capital. Everything goes through the same
 * services as API requests, so the demo state obeys every rule of the real one.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "SystemAccounts"})
public class DemoMarket {

    private static final Logger LOG = Logger.getLogger(DemoMarket.class.getName());

    @Inject
    DemoSettings settings;
    @Inject
    AssetRepository assets;
    @Inject
    AccountRepository accounts;
    @EJB
    AssetService assetService;
    @EJB
    OracleService oracle;
    @EJB
    io.clearstone.domain.oracle.VolatilitySurfaceService surfaceService;
    @EJB
    AccountService accountService;
    @EJB
    FundsService funds;
    @EJB
    Ledger ledger;
    @EJB
    io.clearstone.domain.securitization.PoolIssuance pools;
    @EJB
    io.clearstone.domain.instrument.InstrumentService instruments;

    @PostConstruct
    void load() {
        if (!settings.enabled() || assets.find("BTC").isPresent()) {
            return;
        }
        DemoCatalogue.SOURCES.forEach(s -> oracle.register(new SourceRequest(s, "simulated venue of the demo feed",
                DemoCatalogue.VENUE_REPORTERS.get(s))));
        DemoCatalogue.ASSETS.forEach(terms -> {
            assetService.list(terms);
            oracle.configure(terms.oracleSymbol(), new SymbolRulesRequest(30, 2, new BigDecimal("0.05"), null, null));
            surfaceService.register(new io.clearstone.domain.oracle.SurfaceSourceRequest(
                    DemoCatalogue.SURFACE_SOURCE_PREFIX + terms.oracleSymbol().toLowerCase(), terms.oracleSymbol(),
                    "the demo's volatility surfaces", DemoCatalogue.REPORTER));
        });
        Instant now = Instant.now();
        DemoCatalogue.PRICES.forEach((symbol, gbm) -> DemoCatalogue.SOURCES.forEach(source -> oracle.submit(
                oracle.reporterOf(source),
                new ObservationRequest(symbol, BigDecimal.valueOf(gbm.initialPrice()), source, now))));

        new TreeMap<>(DemoCatalogue.HOLDINGS).forEach(this::openFundedAccount);
        openFundedAccount(DemoCatalogue.BACKSTOP, DemoCatalogue.BACKSTOP_HOLDINGS);
        long custody = accounts.system(SystemAccount.EXTERNAL_CUSTODY).orElseThrow().id();
        long fund = accounts.system(SystemAccount.INSURANCE_FUND).orElseThrow().id();
        new TreeMap<>(DemoCatalogue.INSURANCE_FUND).forEach((asset, amount) -> ledger.post(JournalRequest.transfer(
                JournalType.INSURANCE_CONTRIBUTION, "demo:insurance-fund:" + asset, custody, fund, asset,
                assets.require(asset, "asset").toLedgerScale(amount, "amount"))));
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(DemoCatalogue.SWAP_TERMS))) {
            instruments.create(new io.clearstone.domain.instrument.CreateInstrumentRequest("swap.perpetual",
                    reader.readObject()));
        }
        // after the swap, which must stay the first instrument (the demo venues quote only that one)
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(quarterlyFutureTerms(
                now.atZone(ZoneOffset.UTC).toLocalDate())))) {
            instruments.create(new io.clearstone.domain.instrument.CreateInstrumentRequest("future.dated",
                    reader.readObject()));
        }
        long sponsor = openFundedAccount(DemoCatalogue.SPONSOR, DemoCatalogue.SPONSOR_HOLDINGS);
        // the administrator proposes, the sponsor consents: a pool pledges only its owner's assets with its approval
        long proposal = pools.propose(Caller.of("demo", Roles.ADMIN),
                DemoCatalogue.pool(sponsor, now.atZone(java.time.ZoneOffset.UTC).toLocalDate())).id();
        pools.approve(Caller.of(DemoCatalogue.SPONSOR, Roles.TRADER), proposal, "demo:pool");
        LOG.info("demo market loaded: " + DemoCatalogue.ASSETS.size() + " assets, "
                + DemoCatalogue.HOLDINGS.size() + " funded trader accounts, a perpetual swap, a quarterly future, one "
                + "securitization pool");
    }

    /**
     * The demo's quarterly future: linear BTC, 0.001 BTC a contract, settled daily at 08:00 UTC and finally on the
     * last Friday of the next quarter's last month at 08:00 UTC (as the venues' quarterlies are).
     */
    static String quarterlyFutureTerms(LocalDate today) {
        LocalDate quarterStart = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
        // five months on is the last month of the next quarter (March when today is in October to December)
        LocalDate lastFriday = quarterStart.plusMonths(5).with(TemporalAdjusters.lastInMonth(DayOfWeek.FRIDAY));
        Instant expiry = lastFriday.atTime(8, 0).toInstant(ZoneOffset.UTC);
        return "{\"underlying\":\"BTC-USD\",\"style\":\"LINEAR\",\"contractSize\":0.001,\"tickSize\":0.5,"
                + "\"expiry\":\"" + expiry + "\",\"dailySettlementTime\":\"08:00\",\"settlementPeriod\":\"P1D\"}";
    }

    private long openFundedAccount(String trader, Map<String, BigDecimal> holdings) {
        Caller owner = Caller.of(trader, Roles.TRADER);
        AccountView account = accountService.open(owner, new OpenAccountRequest(null, MarginMode.CROSS, null));
        new TreeMap<>(holdings).forEach((asset, amount) -> funds.deposit(owner, account.id(),
                new MoneyMovement(asset, amount), "demo:deposit:" + trader + ":" + asset));
        return account.id();
    }
}
