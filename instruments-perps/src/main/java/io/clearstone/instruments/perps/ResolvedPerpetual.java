package io.clearstone.instruments.perps;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import io.clearstone.instruments.spi.CashFlowInstruction;
import io.clearstone.instruments.spi.Exposure;
import io.clearstone.instruments.spi.Funding;
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
 * A perpetual swap ready for valuation. Its value is the unrealised P&L at the {@link MarkPrice mark}: linear
 * q·size·(mark − entry) in the stablecoin, inverse q·value·(1/entry − 1/mark) in coin; delta is ∂value/∂index in both.
 * Standard margin comes from the risk-limit tier of the position's USD notional at the mark: initial = notional ×
 * max(IMR, 1 / max leverage), maintenance = notional × MMR − the tier's maintenance amount (for a linear swap with
 * {@link MaintenanceBasis#ENTRY}, the notional at the entry price), in the settlement asset, at most the initial;
 * the liquidation price is the closed form of the same rule ({@link PerpetualMath#linearLiquidation} on the mark,
 * {@link PerpetualMath#linearLiquidationOnEntryNotional} on entry, {@link PerpetualMath#inverseLiquidation});
 * above the largest risk limit a position is refused. Closing P&L is paid in cash when a position is reduced.
 */
final class ResolvedPerpetual implements ResolvedInstrument {

    private final PerpetualTerms terms;
    private final String settlementAsset;
    private final RiskLimits ladder;
    private final MarkPrice markPrice;
    private final PerpetualFunding funding;

    ResolvedPerpetual(PerpetualTerms terms, String settlementAsset) {
        this.terms = terms;
        this.settlementAsset = settlementAsset;
        this.ladder = terms.riskLimits().ladder();
        this.markPrice = new MarkPrice(terms);
        this.funding = new PerpetualFunding(terms, markPrice);
    }

    @Override
    public String underlying() {
        return terms.underlying();
    }

    @Override
    public String settlementAsset() {
        return settlementAsset;
    }

    @Override
    public MeasureResult price(MarketSnapshot market) {
        OptionalDouble mark = markPrice.of(market);
        return mark.isPresent() ? MeasureResult.of(mark.getAsDouble()) : MeasureResult.failure(noIndex());
    }

    /** A swap trade sets an entry price; no cash changes hands until P&L and funding are settled. */
    @Override
    public BigDecimal cashAtTrade(BigDecimal quantity, BigDecimal price) {
        return BigDecimal.ZERO;
    }

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
    public Optional<Funding> funding() {
        return Optional.of(funding);
    }

    @Override
    public Optional<String> priceBreach(BigDecimal price) {
        return price.remainder(terms.tickSize()).signum() == 0 ? Optional.empty()
                : Optional.of(price.toPlainString() + " is not a multiple of the tick " + terms.tickSize().toPlainString());
    }

    @Override
    public Optional<String> positionLimitBreach(BigDecimal quantity, MarketSnapshot market) {
        if (terms.maxPosition() != null && quantity.abs().compareTo(terms.maxPosition()) > 0) {
            return Optional.of("|" + quantity.toPlainString() + "| contracts exceed the position limit of "
                    + terms.maxPosition().toPlainString());
        }
        OptionalDouble mark = markPrice.of(market);
        if (mark.isPresent()) {
            double notional = notionalUsd(PositionView.of(quantity.doubleValue()), mark.getAsDouble());
            if (notional > ladder.maxNotional()) {
                return Optional.of("notional " + Math.round(notional) + " USD exceeds the largest risk limit of "
                        + Math.round(ladder.maxNotional()) + " USD");
            }
        }
        return Optional.empty();
    }

    @Override
    public OptionalDouble liquidationPrice(PositionView position, double margin, MarketSnapshot market) {
        OptionalDouble mark = markPrice.of(market);
        if (position.quantity() == 0 || mark.isEmpty()) {
            return OptionalDouble.empty();
        }
        RiskLimitTier tier = tier(notionalUsd(position, mark.getAsDouble()));
        double size = terms.contractSize().doubleValue();
        double entry = position.averagePrice();
        double price;
        if (terms.style() == ContractStyle.LINEAR && terms.maintenanceOn() == MaintenanceBasis.ENTRY) {
            price = PerpetualMath.linearLiquidationOnEntryNotional(margin, tier.maintenanceAmount(),
                    position.quantity() * size, entry, tier.maintenanceRate());
        } else if (terms.style() == ContractStyle.LINEAR) {
            price = PerpetualMath.linearLiquidation(margin, tier.maintenanceAmount(), position.quantity() * size,
                    entry, tier.maintenanceRate());
        } else {
            price = PerpetualMath.inverseLiquidation(position.quantity() * size, entry, margin,
                    tier.maintenanceRate());
        }
        return price > 0 && Double.isFinite(price) ? OptionalDouble.of(price) : OptionalDouble.empty();
    }

    @Override
    public Valuation value(PositionView position, MarketSnapshot market) {
        OptionalDouble mark = markPrice.of(market);
        if (mark.isEmpty()) {
            return Valuation.failed(noIndex(), Measure.PRESENT_VALUE, Measure.DELTA);
        }
        return new Valuation(Map.of(Measure.PRESENT_VALUE, MeasureResult.of(pnl(position, mark.getAsDouble())),
                Measure.DELTA, MeasureResult.of(delta(position, mark.getAsDouble()))));
    }

    @Override
    public RiskArray riskArray(PositionView position, MarketSnapshot market, ScenarioGrid grid) {
        double base = pnl(position, mark(market));
        double[][] pnl = new double[grid.priceMoves().size()][grid.volatilityMoves().size()];
        for (int p = 0; p < pnl.length; p++) {
            double moved = pnl(position, mark(market.shocked(underlying(), grid.priceMoves().get(p), 0))) - base;
            java.util.Arrays.fill(pnl[p], moved);
        }
        return new RiskArray(grid, pnl);
    }

    @Override
    public StandardMargin standardMargin(PositionView position, MarketSnapshot market) {
        double mark = mark(market);
        double notional = notionalUsd(position, mark);
        if (notional == 0) {
            return StandardMargin.NONE;
        }
        RiskLimitTier tier = tier(notional);
        double initial = notional * Math.max(tier.initialRate(), 1 / terms.maxLeverage().doubleValue());
        double maintenance = Math.max(maintenanceNotional(position, notional) * tier.maintenanceRate()
                - tier.maintenanceAmount(), 0);
        double toSettlement = terms.style() == ContractStyle.INVERSE ? 1 / mark : 1;
        return new StandardMargin(initial * toSettlement, Math.min(maintenance, initial) * toSettlement);
    }

    /**
     * What the maintenance rate applies to: the notional at the mark, or for a linear swap that counts it on entry,
     * the notional at the position's average entry price. The tier is always that of the notional at the mark.
     */
    private double maintenanceNotional(PositionView position, double notionalAtMark) {
        if (terms.style() == ContractStyle.LINEAR && terms.maintenanceOn() == MaintenanceBasis.ENTRY) {
            return Math.abs(position.quantity()) * terms.contractSize().doubleValue() * position.averagePrice();
        }
        return notionalAtMark;
    }

    /** Above the largest risk limit (which a trade may not reach) the top tier's rates still apply. */
    private RiskLimitTier tier(double notional) {
        return notional > ladder.maxNotional() ? ladder.tiers().get(ladder.tiers().size() - 1)
                : ladder.tierFor(notional);
    }

    private double mark(MarketSnapshot market) {
        return markPrice.of(market).orElseThrow(() -> new IllegalStateException(noIndex()));
    }

    /** Funding recurs for as long as the swap lives: see {@link #funding()}. */
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
        Exposure.NodeRef instrument = new Exposure.NodeRef("instrument", instrumentId);
        return List.of(new Exposure(instrument, new Exposure.NodeRef("index", underlying()), "underlying", 1),
                new Exposure(instrument, new Exposure.NodeRef("asset", settlementAsset), "settlement", 1));
    }

    double pnl(PositionView position, double mark) {
        double size = terms.contractSize().doubleValue();
        return terms.style() == ContractStyle.LINEAR
                ? PerpetualMath.linearPnl(position.quantity() * size, position.averagePrice(), mark)
                : PerpetualMath.inversePnl(position.quantity(), size, position.averagePrice(), mark);
    }

    private double delta(PositionView position, double mark) {
        double size = terms.contractSize().doubleValue();
        return terms.style() == ContractStyle.LINEAR ? position.quantity() * size
                : position.quantity() * size / (mark * mark);
    }

    private double notionalUsd(PositionView position, double mark) {
        double size = terms.contractSize().doubleValue();
        return Math.abs(position.quantity()) * (terms.style() == ContractStyle.LINEAR ? size * mark : size);
    }

    private String noIndex() {
        return "no index price for " + underlying();
    }
}
