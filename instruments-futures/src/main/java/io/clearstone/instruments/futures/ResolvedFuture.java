package io.clearstone.instruments.futures;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import io.clearstone.instruments.spi.CashFlowInstruction;
import io.clearstone.instruments.spi.Exposure;
import io.clearstone.instruments.spi.HeldPosition;
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
 * A dated future ready for valuation and settlement. It is marked to its index, the price it settles at: its value is
 * the P&L since the position's reference price (its entry, or the last daily settlement, which re-strikes it), linear
 * q·size·(index − reference) in the quote asset, inverse q·size·(1/reference − 1/index) in coin; delta is
 * ∂value/∂index in both. Each daily settlement pays that P&L at the settlement price in cash (variation margin) and
 * re-strikes the position there; the expiry pays the last of it and closes the position. Standard margin comes from
 * the tier of the position's USD notional at the index: initial = notional × max(IMR, 1 / max leverage), maintenance
 * = notional × MMR − the tier's amount, in the settlement asset.
 */
final class ResolvedFuture implements ResolvedInstrument {

    private final FutureTerms terms;
    private final String settlementAsset;
    private final MarginTiers tiers;
    private final SettlementSchedule settlements;
    private final Clock clock;

    ResolvedFuture(FutureTerms terms, String settlementAsset, Clock clock) {
        this.terms = terms;
        this.settlementAsset = settlementAsset;
        this.tiers = terms.marginTiers().ladder();
        this.settlements = new SettlementSchedule(terms.expiry(), terms.settlementPeriod());
        this.clock = clock;
    }

    @Override
    public String underlying() {
        return terms.underlying();
    }

    @Override
    public String settlementAsset() {
        return settlementAsset;
    }

    /** The index: daily and final settlements are at the index, so that is what a contract is worth trading at. */
    @Override
    public MeasureResult price(MarketSnapshot market) {
        OptionalDouble index = market.indexPrice(underlying());
        return index.isPresent() ? MeasureResult.of(index.getAsDouble()) : MeasureResult.failure(noIndex());
    }

    /** A trade sets the position's reference price; cash moves only at settlements and when positions are reduced. */
    @Override
    public BigDecimal cashAtTrade(BigDecimal quantity, BigDecimal price) {
        return BigDecimal.ZERO;
    }

    /** Linear q·size·(exit − entry); inverse q·size·(exit − entry) / (entry·exit), which is q·size·(1/entry − 1/exit). */
    @Override
    public BigDecimal closingPnl(BigDecimal quantity, BigDecimal entry, BigDecimal exit) {
        BigDecimal contracts = quantity.multiply(terms.contractSize());
        return terms.style() == ContractStyle.LINEAR ? contracts.multiply(exit.subtract(entry))
                : contracts.multiply(exit.subtract(entry)).divide(entry.multiply(exit), MathContext.DECIMAL128);
    }

    @Override
    public boolean paysClosingPnl() {
        return true;
    }

    @Override
    public Optional<String> priceBreach(BigDecimal price) {
        if (price.signum() <= 0) {
            return Optional.of(price.toPlainString() + " is not a positive price");
        }
        return price.remainder(terms.tickSize()).signum() == 0 ? Optional.empty()
                : Optional.of(price.toPlainString() + " is not a multiple of the tick "
                + terms.tickSize().toPlainString());
    }

    @Override
    public Optional<String> positionLimitBreach(BigDecimal quantity, MarketSnapshot market) {
        if (terms.maxPosition() != null && quantity.abs().compareTo(terms.maxPosition()) > 0) {
            return Optional.of("|" + quantity.toPlainString() + "| contracts exceed the position limit of "
                    + terms.maxPosition().toPlainString());
        }
        OptionalDouble index = market.indexPrice(underlying());
        if (index.isPresent()) {
            double notional = notionalUsd(quantity.doubleValue(), index.getAsDouble());
            if (notional > tiers.maxNotional()) {
                return Optional.of("notional " + Math.round(notional) + " USD exceeds the largest risk limit of "
                        + Math.round(tiers.maxNotional()) + " USD");
            }
        }
        return Optional.empty();
    }

    @Override
    public OptionalDouble liquidationPrice(PositionView position, double margin, MarketSnapshot market) {
        OptionalDouble index = market.indexPrice(underlying());
        if (position.quantity() == 0 || index.isEmpty() || !(position.averagePrice() > 0)) {
            return OptionalDouble.empty();
        }
        MarginTier tier = tiers.tierFor(notionalUsd(position.quantity(), index.getAsDouble()));
        double exposure = position.quantity() * size();
        double price = terms.style() == ContractStyle.LINEAR
                ? FutureMath.linearLiquidation(exposure, position.averagePrice(), margin, tier.maintenanceRate(),
                tier.maintenanceAmount())
                : FutureMath.inverseLiquidation(exposure, position.averagePrice(), margin, tier.maintenanceRate(),
                tier.maintenanceAmount());
        return price > 0 && Double.isFinite(price) ? OptionalDouble.of(price) : OptionalDouble.empty();
    }

    @Override
    public Valuation value(PositionView position, MarketSnapshot market) {
        OptionalDouble index = market.indexPrice(underlying());
        if (index.isEmpty()) {
            return Valuation.failed(noIndex(), Measure.PRESENT_VALUE, Measure.DELTA, Measure.GAMMA);
        }
        double price = index.getAsDouble();
        double exposure = position.quantity() * size();
        boolean linear = terms.style() == ContractStyle.LINEAR;
        return new Valuation(Map.of(Measure.PRESENT_VALUE, MeasureResult.of(pnl(position, price)),
                Measure.DELTA, MeasureResult.of(linear ? exposure : exposure / (price * price)),
                Measure.GAMMA, MeasureResult.of(linear ? 0 : -2 * exposure / (price * price * price))));
    }

    @Override
    public RiskArray riskArray(PositionView position, MarketSnapshot market, ScenarioGrid grid) {
        double index = index(market);
        double base = pnl(position, index);
        double[][] pnl = new double[grid.priceMoves().size()][grid.volatilityMoves().size()];
        for (int p = 0; p < pnl.length; p++) {
            // volatility does not move a future: every column of a row is the same
            Arrays.fill(pnl[p], pnl(position, index * (1 + grid.priceMoves().get(p))) - base);
        }
        return new RiskArray(grid, pnl);
    }

    @Override
    public StandardMargin standardMargin(PositionView position, MarketSnapshot market) {
        double index = index(market);
        double notional = notionalUsd(position.quantity(), index);
        if (notional == 0) {
            return StandardMargin.NONE;
        }
        MarginTier tier = tiers.tierFor(notional);
        double initial = notional * Math.max(tier.initialRate(), 1 / terms.maxLeverage().doubleValue());
        double maintenance = Math.max(notional * tier.maintenanceRate() - tier.maintenanceAmount(), 0);
        double toSettlement = terms.style() == ContractStyle.INVERSE ? 1 / index : 1;
        return new StandardMargin(initial * toSettlement, Math.min(maintenance, initial) * toSettlement);
    }

    /**
     * The first daily settlement after now (the future's creation, when the platform asks) and the expiry; later
     * daily settlements come one at a time from {@link #following}.
     */
    @Override
    public List<ScheduledEvent> schedule() {
        return settlements.from(clock.instant());
    }

    @Override
    public Optional<ScheduledEvent> following(ScheduledEvent previous) {
        return settlements.following(previous);
    }

    @Override
    public Duration settlementWindow(ScheduledEvent event) {
        return terms.settlementWindow();
    }

    /**
     * A daily settlement pays the variation margin closingPnl(q, reference, S) in the settlement asset (nothing when
     * the price did not move) and keeps the position; the expiry pays the last of it and closes the position.
     */
    @Override
    public List<CashFlowInstruction> onEvent(ScheduledEvent event, HeldPosition position, BigDecimal settlementPrice) {
        boolean expiry = ScheduledEvent.EXPIRY.equals(event.kind());
        if (!expiry && !ScheduledEvent.DAILY_SETTLEMENT.equals(event.kind())) {
            return List.of();
        }
        BigDecimal variationMargin = closingPnl(position.quantity(), position.referencePrice(), settlementPrice);
        if (expiry) {
            return List.of(new CashFlowInstruction(settlementAsset, variationMargin, "final settlement of "
                    + describe() + " at " + settlementPrice.toPlainString(), true));
        }
        return variationMargin.signum() == 0 ? List.of() : List.of(new CashFlowInstruction(settlementAsset,
                variationMargin, "variation margin of " + describe() + " at " + settlementPrice.toPlainString(),
                false));
    }

    /**
     * For a platform that sees positions only as valuation does: the same instructions from the double quantity and
     * average price, each converted by its shortest decimal form (exact for the quantities and prices trades carry).
     */
    @Override
    public List<CashFlowInstruction> onEvent(ScheduledEvent event, PositionView position, BigDecimal settlementPrice) {
        return onEvent(event, new HeldPosition(BigDecimal.valueOf(position.quantity()),
                BigDecimal.valueOf(position.averagePrice())), settlementPrice);
    }

    /** After a daily settlement, the next variation margin counts from its price. */
    @Override
    public Optional<BigDecimal> restrike(ScheduledEvent event, BigDecimal settlementPrice) {
        return ScheduledEvent.DAILY_SETTLEMENT.equals(event.kind()) ? Optional.of(settlementPrice) : Optional.empty();
    }

    @Override
    public List<Exposure> exposures(String instrumentId) {
        Exposure.NodeRef instrument = new Exposure.NodeRef("instrument", instrumentId);
        return List.of(new Exposure(instrument, new Exposure.NodeRef("index", underlying()), "underlying", 1),
                new Exposure(instrument, new Exposure.NodeRef("asset", settlementAsset), "settlement", 1));
    }

    private double pnl(PositionView position, double index) {
        double exposure = position.quantity() * size();
        return terms.style() == ContractStyle.LINEAR ? FutureMath.linearPnl(exposure, position.averagePrice(), index)
                : FutureMath.inversePnl(exposure, position.averagePrice(), index);
    }

    private double notionalUsd(double quantity, double index) {
        return Math.abs(quantity) * (terms.style() == ContractStyle.LINEAR ? size() * index : size());
    }

    private double size() {
        return terms.contractSize().doubleValue();
    }

    private double index(MarketSnapshot market) {
        return market.indexPrice(underlying()).orElseThrow(() -> new IllegalStateException(noIndex()));
    }

    private String describe() {
        return terms.underlying() + " " + terms.style() + " future expiring " + terms.expiry();
    }

    private String noIndex() {
        return "no index price for " + underlying();
    }
}
