package io.clearstone.instruments.tranches;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import io.clearstone.instruments.spi.CashFlowInstruction;
import io.clearstone.instruments.spi.CreditPool;
import io.clearstone.instruments.spi.Exposure;
import io.clearstone.instruments.spi.MarketSnapshot;
import io.clearstone.instruments.spi.Measure;
import io.clearstone.instruments.spi.MeasureResult;
import io.clearstone.instruments.spi.PositionView;
import io.clearstone.instruments.spi.ResolvedInstrument;
import io.clearstone.instruments.spi.RiskArray;
import io.clearstone.instruments.spi.ScenarioGrid;
import io.clearstone.instruments.spi.ScheduledEvent;
import io.clearstone.instruments.spi.StandardMargin;
import io.clearstone.instruments.spi.Valuation;

/**
 * A tranche note priced from its pool's current state ({@link MarketSnapshot#creditPool}): a note is worth what the
 * tranche is expected to repay of one unit of its original balance, (balance − expected loss) / original balance.
 * Coupons are paid in cash by the waterfall, so the price is the note's principal value, undiscounted.
 *
 * <p>Notes are bought outright and held long; margin counts their value less a haircut by seniority. The risk
 * array's volatility axis is the credit axis for notes: a positive move raises every default probability by the
 * configured stress, a negative one lowers them, and either takes the worse of correlation up or down.
 */
final class ResolvedTrancheNote implements ResolvedInstrument {

    static final Measure DEFAULT_PROBABILITY_01 = new Measure("defaultProbability01",
            "settlement asset per +0.01 of every loan's annual default probability");
    static final Measure CORRELATION_01 = new Measure("correlation01", "settlement asset per +0.01 of correlation");
    static final Measure EXPECTED_LOSS = new Measure("expectedLoss",
            "settlement asset: the position's share of the tranche's expected loss over the pool's remaining life");
    static final Measure STANDARD_ERROR = new Measure("standardError",
            "settlement asset: the Monte Carlo standard error of presentValue (0 for closed forms)");

    static final Measure PRICE = new Measure("price", "settlement asset per note");
    static final Measure EXPECTED_LOSS_SHARE = new Measure("expectedLossShare",
            "share of the tranche's balance expected to be lost over the pool's remaining life");
    static final Measure FAIR_SPREAD = new Measure("fairSpread", "per year, as a fraction: the running spread on the "
            + "outstanding balance, paid quarterly and discounted at the USD rate, that pays for the expected losses");
    static final Measure YEARS_REMAINING = new Measure("yearsRemaining", "years: the pool's remaining life");

    private static final int LOSS_BUCKETS = 10;
    /** The fair spread is quoted over at least a quarter, however close the pool is to maturity. */
    static final double SHORTEST_LIFE = 0.25;
    private static final double PRICE_BUMP = 1e-4;
    private static final double CREDIT_BUMP = 0.01;

    private final TrancheTerms terms;
    private final TrancheRiskSettings settings;

    ResolvedTrancheNote(TrancheTerms terms, TrancheRiskSettings settings) {
        this.terms = terms;
        this.settings = settings;
    }

    @Override
    public String underlying() {
        return terms.underlying();
    }

    @Override
    public String settlementAsset() {
        return terms.settlementAsset();
    }

    @Override
    public MeasureResult price(MarketSnapshot market) {
        try {
            return MeasureResult.of(notePrice(market, pool -> pool).mean());
        } catch (RuntimeException unpriceable) {
            return MeasureResult.failure(String.valueOf(unpriceable.getMessage()));
        }
    }

    @Override
    public double collateralHaircut() {
        return settings.haircuts().getOrDefault(terms.seniority(), 1.0);
    }

    @Override
    public Optional<String> positionLimitBreach(BigDecimal quantity, MarketSnapshot market) {
        return quantity.signum() < 0 ? Optional.of("tranche notes cannot be held short") : Optional.empty();
    }

    @Override
    public Valuation value(PositionView position, MarketSnapshot market) {
        double quantity = position.quantity();
        Map<Measure, MeasureResult> results = new HashMap<>();
        try {
            GaussianCopulaMonteCarlo.Estimate now = notePrice(market, pool -> pool);
            results.put(Measure.PRESENT_VALUE, MeasureResult.of(quantity * now.mean()));
            results.put(STANDARD_ERROR, MeasureResult.of(Math.abs(quantity) * now.standardError()));
            results.put(EXPECTED_LOSS, MeasureResult.of(quantity * expectedLossPerNote(market, now)));
            results.put(DEFAULT_PROBABILITY_01, MeasureResult.of(quantity * (notePrice(market,
                    pool -> pool.withDefaultProbabilitiesRaised(CREDIT_BUMP)).mean() - now.mean())));
            results.put(CORRELATION_01, MeasureResult.of(quantity * (notePrice(market,
                    pool -> pool.stressed(1, CREDIT_BUMP)).mean() - now.mean())));
            results.put(Measure.DELTA, delta(quantity, market));
        } catch (RuntimeException unpriceable) {
            return Valuation.failed(String.valueOf(unpriceable.getMessage()), Measure.PRESENT_VALUE, Measure.DELTA,
                    DEFAULT_PROBABILITY_01, CORRELATION_01, STANDARD_ERROR, EXPECTED_LOSS);
        }
        return new Valuation(results);
    }

    /** The tranche's own figures: price, expected loss as a share of its balance, fair spread, remaining life. */
    @Override
    public Valuation analytics(MarketSnapshot market) {
        Map<Measure, MeasureResult> results = new HashMap<>();
        try {
            CreditPool pool = market.creditPool(terms.pool()).orElseThrow(() -> new IllegalStateException(
                    "no state of pool " + terms.pool() + " in the market"));
            int index = trancheIndex(pool);
            CreditPool.Tranche tranche = pool.tranches().get(index);
            double balance = tranche.balance();
            results.put(YEARS_REMAINING, MeasureResult.of(pool.yearsRemaining()));
            if (balance <= 0) {
                results.put(PRICE, MeasureResult.of(perNote(tranche, 0)));
                results.put(EXPECTED_LOSS_SHARE, MeasureResult.of(0));
                results.put(FAIR_SPREAD, MeasureResult.of(0));
                return new Valuation(results);
            }
            GaussianCopulaMonteCarlo.Estimate loss = settings.model().expectedLoss(pool, index, market);
            results.put(PRICE, MeasureResult.of(perNote(tranche, loss.mean())));
            results.put(EXPECTED_LOSS_SHARE, MeasureResult.of(loss.mean() / balance));
            results.put(STANDARD_ERROR, MeasureResult.of(loss.standardError() / balance));
            double life = Math.max(pool.yearsRemaining(), SHORTEST_LIFE);
            double[] distribution = settings.model().lossDistribution(pool, index, market, LOSS_BUCKETS);
            results.put(new Measure("lossProbability.0", "probability the tranche loses nothing over the pool's life"),
                    MeasureResult.of(distribution[0]));
            for (int k = 1; k <= LOSS_BUCKETS; k++) {
                int from = 100 * (k - 1) / LOSS_BUCKETS;
                int to = 100 * k / LOSS_BUCKETS;
                results.put(new Measure("lossProbability." + from + "-" + to, "probability the tranche loses more "
                        + "than " + from + "% and at most " + to + "% of its balance over the pool's life"),
                        MeasureResult.of(distribution[k]));
            }
            results.put(FAIR_SPREAD, MeasureResult.of(TrancheSpread.fair(t -> settings.model().expectedLossBy(pool,
                    index, market, t).mean() / balance, life, TrancheSpread.PREMIUMS_PER_YEAR, market.rate("USD"))));
        } catch (RuntimeException unpriceable) {
            return Valuation.failed(String.valueOf(unpriceable.getMessage()), PRICE, EXPECTED_LOSS_SHARE, FAIR_SPREAD);
        }
        return new Valuation(results);
    }

    /** Per unit of the underlying index, by a central difference; zero when the pool holds no such collateral. */
    private MeasureResult delta(double quantity, MarketSnapshot market) {
        double spot = market.indexPrice(terms.underlying()).orElse(Double.NaN);
        if (Double.isNaN(spot)) {
            return MeasureResult.failure("no usable index " + terms.underlying());
        }
        double up = notePrice(market.shocked(terms.underlying(), PRICE_BUMP, 0), pool -> pool).mean();
        double down = notePrice(market.shocked(terms.underlying(), -PRICE_BUMP, 0), pool -> pool).mean();
        return MeasureResult.of(quantity * (up - down) / (2 * PRICE_BUMP * spot));
    }

    /**
     * A price move shocks every index the pool's collateral is priced by (and the underlying) alike. A credit move
     * scales default probabilities and takes the worse of correlation up or down: which direction hurts depends on
     * where the tranche sits.
     */
    @Override
    public RiskArray riskArray(PositionView position, MarketSnapshot market, ScenarioGrid grid) {
        double now = notePrice(market, pool -> pool).mean();
        java.util.Set<String> indices = new java.util.TreeSet<>();
        indices.add(terms.underlying());
        market.creditPool(terms.pool()).ifPresent(pool -> pool.assets().stream()
                .filter(CreditPool.Asset::isCollateral).forEach(a -> indices.add(a.indexSymbol())));
        double[][] pnl = new double[grid.priceMoves().size()][grid.volatilityMoves().size()];
        for (int p = 0; p < pnl.length; p++) {
            MarketSnapshot moved = market;
            for (String index : indices) {
                moved = moved.shocked(index, grid.priceMoves().get(p), 0);
            }
            for (int v = 0; v < pnl[p].length; v++) {
                double direction = Math.signum(grid.volatilityMoves().get(v));
                double factor = 1 + direction * settings.defaultProbabilityStress();
                double worst = direction == 0 ? notePrice(moved, pool -> pool).mean()
                        : Math.min(notePrice(moved, pool -> pool.stressed(factor, settings.correlationStress())).mean(),
                        notePrice(moved, pool -> pool.stressed(factor, -settings.correlationStress())).mean());
                pnl[p][v] = position.quantity() * (worst - now);
            }
        }
        return new RiskArray(grid, pnl);
    }

    /** Notes are paid for in full when bought; what margin does not count of them is their haircut. */
    @Override
    public StandardMargin standardMargin(PositionView position, MarketSnapshot market) {
        return StandardMargin.NONE;
    }

    /** The waterfall pays notes each period; the platform runs it, not a scheduled event of the instrument. */
    @Override
    public List<ScheduledEvent> schedule() {
        return List.of();
    }

    @Override
    public List<CashFlowInstruction> onEvent(ScheduledEvent event, PositionView position, BigDecimal settlementPrice) {
        return List.of();
    }

    @Override
    public List<Exposure> exposures(String instrumentId) {
        Exposure.NodeRef note = new Exposure.NodeRef("instrument", instrumentId);
        return List.of(new Exposure(note, new Exposure.NodeRef("pool", terms.pool()), "pool", 1),
                new Exposure(note, new Exposure.NodeRef("index", terms.underlying()), "underlying", 1));
    }

    /** What a note is expected to lose: its share of the balance less its price. */
    private double expectedLossPerNote(MarketSnapshot market, GaussianCopulaMonteCarlo.Estimate price) {
        CreditPool pool = market.creditPool(terms.pool()).orElseThrow();
        CreditPool.Tranche tranche = pool.tranches().get(trancheIndex(pool));
        return tranche.originalBalance() <= 0 ? 0 : tranche.balance() / tranche.originalBalance() - price.mean();
    }

    private GaussianCopulaMonteCarlo.Estimate notePrice(MarketSnapshot market, UnaryOperator<CreditPool> scenario) {
        CreditPool pool = scenario.apply(market.creditPool(terms.pool()).orElseThrow(() -> new IllegalStateException(
                "no state of pool " + terms.pool() + " in the market")));
        int index = trancheIndex(pool);
        CreditPool.Tranche tranche = pool.tranches().get(index);
        if (tranche.originalBalance() <= 0) {
            return new GaussianCopulaMonteCarlo.Estimate(0, 0, 0);
        }
        GaussianCopulaMonteCarlo.Estimate loss = settings.model().expectedLoss(pool, index, market);
        return new GaussianCopulaMonteCarlo.Estimate(perNote(tranche, loss.mean()),
                loss.standardError() / tranche.originalBalance(), loss.paths());
    }

    /**
     * What one note (one unit of original balance) is worth: what the tranche still owes less its expected loss. A
     * tranche cannot lose more than it owes: a wiped-out tranche's expected loss, integrated in floating point, can
     * exceed its balance by a rounding error (2e-13 of 200), which must not make a price below zero.
     */
    private static double perNote(CreditPool.Tranche tranche, double expectedLoss) {
        return tranche.originalBalance() <= 0 ? 0
                : Math.max(0, tranche.balance() - expectedLoss) / tranche.originalBalance();
    }

    private int trancheIndex(CreditPool pool) {
        for (int i = 0; i < pool.tranches().size(); i++) {
            if (pool.tranches().get(i).name().equals(terms.tranche())) {
                return i;
            }
        }
        throw new IllegalStateException("pool " + terms.pool() + " has no tranche " + terms.tranche());
    }
}
