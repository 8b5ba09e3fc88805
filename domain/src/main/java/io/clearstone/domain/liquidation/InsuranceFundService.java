package io.clearstone.domain.liquidation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import io.clearstone.domain.account.AccountRepository;
import io.clearstone.domain.account.SystemAccount;
import io.clearstone.domain.asset.AssetRepository;
import io.clearstone.domain.instrument.Instrument;
import io.clearstone.domain.instrument.InstrumentService;
import io.clearstone.domain.ledger.LedgerQueries;
import io.clearstone.domain.shared.Decimals;
import io.clearstone.domain.valuation.MarketSnapshots;
import io.clearstone.domain.venue.InstrumentMarkets;
import io.clearstone.instruments.spi.MarketSnapshot;
import io.clearstone.instruments.spi.Measure;
import io.clearstone.instruments.spi.PositionView;
import io.clearstone.instruments.spi.ResolvedInstrument;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The insurance fund's state, from the ledger. */
@Stateless
public class InsuranceFundService {

    @PersistenceContext(unitName = "clearstone")
    EntityManager em;
    @Inject
    AccountRepository accounts;
    @Inject
    AssetRepository assets;
    @Inject
    LedgerQueries ledger;
    @Inject
    MarketSnapshots markets;
    @Inject
    InstrumentMarkets instrumentMarkets;
    @EJB
    InstrumentService instruments;

    public InsuranceFundView view() {
        long fund = fundAccount();
        MarketSnapshot market = markets.current();
        List<InsuranceFundView.Holding> holdings = holdings(fund, market);
        double value = valueOf(holdings);
        List<InsuranceFundView.Flow> flows = em.createQuery("select e.transaction.type, e.asset, sum(e.amount) "
                        + "from JournalEntry e where e.accountId = :fund "
                        + "group by e.transaction.type, e.asset order by e.transaction.type, e.asset", Object[].class)
                .setParameter("fund", fund).getResultStream()
                .map(row -> new InsuranceFundView.Flow(String.valueOf(row[0]), (String) row[1],
                        Decimals.plain((BigDecimal) row[2]))).toList();
        double openInterest = openInterestUsd(market);
        return new InsuranceFundView(fund, holdings, value, openInterest,
                openInterest > 0 ? value / openInterest : null, flows);
    }

    /** What the fund holds, in USD at the snapshot's prices (assets without a usable index count as zero). */
    public double valueUsd(MarketSnapshot market) {
        return valueOf(holdings(fundAccount(), market));
    }

    private long fundAccount() {
        return accounts.system(SystemAccount.INSURANCE_FUND).orElseThrow().id();
    }

    private List<InsuranceFundView.Holding> holdings(long fund, MarketSnapshot market) {
        List<InsuranceFundView.Holding> holdings = new ArrayList<>();
        for (var balance : ledger.balances(fund)) {
            OptionalDouble price = market.indexPrice(assets.require(balance.asset(), "asset").oracleSymbol());
            Double usd = price.isPresent() ? balance.amount().doubleValue() * price.getAsDouble() : null;
            holdings.add(new InsuranceFundView.Holding(balance.asset(), Decimals.plain(balance.amount()), usd));
        }
        return holdings;
    }

    private static double valueOf(List<InsuranceFundView.Holding> holdings) {
        return holdings.stream().mapToDouble(h -> h.valueUsd() == null ? 0 : h.valueUsd()).sum();
    }

    /** The long side's delta notional in USD: Σ over instruments of |Δ(long quantity)| × index × settlement price. */
    private double openInterestUsd(MarketSnapshot market) {
        double total = 0;
        List<Object[]> longs = em.createQuery("select p.key.instrumentId, sum(p.quantity) from Position p "
                + "where p.quantity > 0 group by p.key.instrumentId", Object[].class).getResultList();
        for (Object[] row : longs) {
            Instrument instrument = instruments.require((Long) row[0]);
            ResolvedInstrument resolved = instruments.resolve(instrument);
            MarketSnapshot instrumentMarket = instrumentMarkets.of(instrument, market);
            OptionalDouble index = market.indexPrice(instrument.underlying());
            OptionalDouble toUsd = market.indexPrice(assets.require(instrument.settlementAsset(), "asset")
                    .oracleSymbol());
            double price = resolved.price(instrumentMarket).asDouble().orElse(0);
            OptionalDouble delta = resolved.value(new PositionView(((BigDecimal) row[1]).doubleValue(), price),
                    instrumentMarket).value(Measure.DELTA);
            if (index.isPresent() && toUsd.isPresent() && delta.isPresent()) {
                total += Math.abs(delta.getAsDouble()) * index.getAsDouble() * toUsd.getAsDouble();
            }
        }
        return total;
    }
}
