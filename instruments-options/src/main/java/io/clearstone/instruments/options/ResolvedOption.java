package io.clearstone.instruments.options;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import io.clearstone.instruments.spi.CashFlowInstruction;
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
import io.clearstone.instruments.spi.YearFraction;

/**
 * A European option ready for pricing. Values are per position (quantity × contract size units). Linear options are
 * valued in the settlement stablecoin with spot Greeks. Inverse options are valued in coin: price = linear price / S;
 * delta is the coin convention Deribit uses, Δ_coin = Δ_linear − price_coin (the exposure, in coin, to a relative
 * move of the index); gamma is the linear gamma; vega, theta and rho are the linear ones divided by S.
 */
final class ResolvedOption implements ResolvedInstrument {

    private static final String RATE_CURRENCY = "USD";

    private final OptionTerms terms;
    private final String settlementAsset;
    private final StandardMarginParameters marginParameters;
    private final Black76OptionPricer pricer = new Black76OptionPricer();

    ResolvedOption(OptionTerms terms, String settlementAsset, StandardMarginParameters marginParameters) {
        this.terms = terms;
        this.settlementAsset = settlementAsset;
        this.marginParameters = marginParameters;
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
        return perContract(market).map(s -> MeasureResult.of(s.price()))
                .orElseGet(() -> MeasureResult.failure(missingData(market)));
    }

    @Override
    public Valuation value(PositionView position, MarketSnapshot market) {
        java.util.Optional<OptionSensitivities> perContract = perContract(market);
        if (perContract.isEmpty()) {
            return Valuation.failed(missingData(market), Measure.PRESENT_VALUE, Measure.DELTA, Measure.GAMMA,
                    Measure.VEGA, Measure.THETA, Measure.RHO);
        }
        OptionSensitivities s = perContract.get();
        double q = position.quantity();
        Map<Measure, MeasureResult> results = new LinkedHashMap<>();
        results.put(Measure.PRESENT_VALUE, MeasureResult.of(q * s.price()));
        results.put(Measure.DELTA, MeasureResult.of(q * s.delta()));
        results.put(Measure.GAMMA, MeasureResult.of(q * s.gamma()));
        results.put(Measure.VEGA, MeasureResult.of(q * s.vega()));
        results.put(Measure.THETA, MeasureResult.of(q * s.theta()));
        results.put(Measure.RHO, MeasureResult.of(q * s.rho()));
        return new Valuation(results);
    }

    @Override
    public RiskArray riskArray(PositionView position, MarketSnapshot market, ScenarioGrid grid) {
        double base = presentValue(position, market);
        double[][] pnl = new double[grid.priceMoves().size()][grid.volatilityMoves().size()];
        for (int p = 0; p < pnl.length; p++) {
            for (int v = 0; v < pnl[p].length; v++) {
                MarketSnapshot shocked = market.shocked(underlying(), grid.priceMoves().get(p),
                        grid.volatilityMoves().get(v));
                pnl[p][v] = presentValue(position, shocked) - base;
            }
        }
        return new RiskArray(grid, pnl);
    }

    @Override
    public StandardMargin standardMargin(PositionView position, MarketSnapshot market) {
        OptionSensitivities s = perContract(market).orElseThrow(() -> new IllegalStateException(missingData(market)));
        double contracts = Math.abs(position.quantity());
        if (position.quantity() >= 0) {
            // a long option can lose at most its premium, which it has paid
            double premium = contracts * s.price();
            return new StandardMargin(premium, premium);
        }
        double spot = spot(market).orElseThrow();
        double markInCoin = terms.style() == SettlementStyle.INVERSE ? s.price() / size() : s.price() / (size() * spot);
        double[] coin = marginParameters.shortContractInCoin(spot, strike(), terms.isCall(), markInCoin);
        double toSettlement = terms.style() == SettlementStyle.INVERSE ? size() : size() * spot;
        return new StandardMargin(contracts * coin[0] * toSettlement, contracts * coin[1] * toSettlement);
    }

    @Override
    public List<ScheduledEvent> schedule() {
        return List.of(new ScheduledEvent(ScheduledEvent.EXPIRY, terms.expiry()));
    }

    @Override
    public List<CashFlowInstruction> onEvent(ScheduledEvent event, PositionView position, BigDecimal settlementPrice) {
        if (!ScheduledEvent.EXPIRY.equals(event.kind())) {
            return List.of();
        }
        BigDecimal intrinsic = (terms.isCall() ? settlementPrice.subtract(terms.strike())
                : terms.strike().subtract(settlementPrice)).max(BigDecimal.ZERO);
        BigDecimal perUnit = terms.style() == SettlementStyle.INVERSE
                ? intrinsic.divide(settlementPrice, MathContext.DECIMAL128) : intrinsic;
        BigDecimal amount = perUnit.multiply(terms.contractSize())
                .multiply(new BigDecimal(Double.toString(position.quantity())));
        return List.of(new CashFlowInstruction(settlementAsset, amount,
                "expiry of " + describe() + " at " + settlementPrice.toPlainString(), true));
    }

    @Override
    public List<Exposure> exposures(String instrumentId) {
        Exposure.NodeRef instrument = new Exposure.NodeRef("instrument", instrumentId);
        return List.of(new Exposure(instrument, new Exposure.NodeRef("index", underlying()), "underlying", 1),
                new Exposure(instrument, new Exposure.NodeRef("asset", settlementAsset), "settlement", 1));
    }

    private double presentValue(PositionView position, MarketSnapshot market) {
        return position.quantity() * perContract(market).orElseThrow(
                () -> new IllegalStateException(missingData(market))).price();
    }

    /** Price and Greeks of one contract in the settlement asset, if the market has the index and a volatility. */
    private java.util.Optional<OptionSensitivities> perContract(MarketSnapshot market) {
        OptionalDouble spot = spot(market);
        if (spot.isEmpty()) {
            return java.util.Optional.empty();
        }
        double years = YearFraction.act365(market.valuationTime(), terms.expiry());
        double rate = market.rate(RATE_CURRENCY);
        double forward = spot.getAsDouble() * Math.exp(rate * Math.max(years, 0));
        OptionalDouble vol = years > 0 ? market.volatility(underlying(), years, strike(), forward) : OptionalDouble.of(0);
        if (vol.isEmpty()) {
            return java.util.Optional.empty();
        }
        OptionSensitivities linear = pricer.sensitivities(spot.getAsDouble(), strike(), years, vol.getAsDouble(),
                rate, 0, terms.isCall());
        return java.util.Optional.of(scale(linear, spot.getAsDouble()));
    }

    private OptionSensitivities scale(OptionSensitivities linear, double spot) {
        double size = size();
        if (terms.style() == SettlementStyle.LINEAR) {
            return new OptionSensitivities(size * linear.price(), size * linear.delta(), size * linear.gamma(),
                    size * linear.vega(), size * linear.theta(), size * linear.rho());
        }
        double priceInCoin = linear.price() / spot;
        return new OptionSensitivities(size * priceInCoin, size * (linear.delta() - priceInCoin),
                size * linear.gamma(), size * linear.vega() / spot, size * linear.theta() / spot,
                size * linear.rho() / spot);
    }

    private OptionalDouble spot(MarketSnapshot market) {
        return market.indexPrice(underlying());
    }

    private double strike() {
        return terms.strike().doubleValue();
    }

    private double size() {
        return terms.contractSize().doubleValue();
    }

    private String missingData(MarketSnapshot market) {
        return market.indexPrice(underlying()).isEmpty() ? "no index price for " + underlying()
                : "no volatility for " + underlying();
    }

    private String describe() {
        return terms.underlying() + " " + terms.style() + " " + terms.right() + " " + terms.strike().toPlainString();
    }
}
