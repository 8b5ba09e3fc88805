package io.clearstone.instruments.digital;

import java.math.BigDecimal;
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
 * A digital option ready for pricing. Under Black-Scholes with forward F = S·e^(rT): value = payout·e^(−rT)·N(±d₂);
 * delta = ±payout·e^(−rT)·φ(d₂)/(S·σ√T). Standard margin: a long risks its premium; a short, the payout.
 */
final class ResolvedDigitalOption implements ResolvedInstrument {

    private final DigitalTerms terms;
    private final String settlementAsset;

    ResolvedDigitalOption(DigitalTerms terms, String settlementAsset) {
        this.terms = terms;
        this.settlementAsset = settlementAsset;
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
        double[] priceAndDelta = perContract(market);
        return priceAndDelta == null ? MeasureResult.failure("no index or volatility for " + underlying())
                : MeasureResult.of(priceAndDelta[0]);
    }

    @Override
    public Valuation value(PositionView position, MarketSnapshot market) {
        double[] perContract = perContract(market);
        if (perContract == null) {
            return Valuation.failed("no index or volatility for " + underlying(), Measure.PRESENT_VALUE,
                    Measure.DELTA);
        }
        return new Valuation(Map.of(Measure.PRESENT_VALUE, MeasureResult.of(position.quantity() * perContract[0]),
                Measure.DELTA, MeasureResult.of(position.quantity() * perContract[1])));
    }

    @Override
    public RiskArray riskArray(PositionView position, MarketSnapshot market, ScenarioGrid grid) {
        double base = position.quantity() * perContract(market)[0];
        double[][] pnl = new double[grid.priceMoves().size()][grid.volatilityMoves().size()];
        for (int p = 0; p < pnl.length; p++) {
            for (int v = 0; v < pnl[p].length; v++) {
                MarketSnapshot shocked = market.shocked(underlying(), grid.priceMoves().get(p),
                        grid.volatilityMoves().get(v));
                pnl[p][v] = position.quantity() * perContract(shocked)[0] - base;
            }
        }
        return new RiskArray(grid, pnl);
    }

    @Override
    public StandardMargin standardMargin(PositionView position, MarketSnapshot market) {
        double contracts = Math.abs(position.quantity());
        double margin = position.quantity() >= 0 ? contracts * perContract(market)[0]
                : contracts * terms.payout().doubleValue();
        return new StandardMargin(margin, margin);
    }

    @Override
    public List<ScheduledEvent> schedule() {
        return List.of(new ScheduledEvent(ScheduledEvent.EXPIRY, terms.expiry()));
    }

    @Override
    public List<CashFlowInstruction> onEvent(ScheduledEvent event, PositionView position, BigDecimal settlementPrice) {
        BigDecimal amount = DigitalOptionPlugin.payoutPerContract(terms, settlementPrice)
                .multiply(new BigDecimal(Double.toString(position.quantity())));
        return List.of(new CashFlowInstruction(settlementAsset, amount, "digital expiry at "
                + settlementPrice.toPlainString(), true));
    }

    @Override
    public List<Exposure> exposures(String instrumentId) {
        return List.of(new Exposure(new Exposure.NodeRef("instrument", instrumentId),
                new Exposure.NodeRef("index", underlying()), "underlying", 1));
    }

    /** {price, delta} of one contract, or null without an index or a volatility. */
    private double[] perContract(MarketSnapshot market) {
        OptionalDouble spot = market.indexPrice(underlying());
        if (spot.isEmpty()) {
            return null;
        }
        double years = YearFraction.act365(market.valuationTime(), terms.expiry());
        double strike = terms.strike().doubleValue();
        double payout = terms.payout().doubleValue();
        boolean call = terms.right() == DigitalRight.CALL;
        if (years <= 0) {
            boolean inTheMoney = call ? spot.getAsDouble() > strike : spot.getAsDouble() < strike;
            return new double[] {inTheMoney ? payout : 0, 0};
        }
        double rate = market.rate("USD");
        double forward = spot.getAsDouble() * Math.exp(rate * years);
        OptionalDouble vol = market.volatility(underlying(), years, strike, forward);
        if (vol.isEmpty()) {
            return null;
        }
        double s = vol.getAsDouble() * Math.sqrt(years);
        double d2 = Math.log(forward / strike) / s - s / 2;
        double discount = Math.exp(-rate * years);
        double sign = call ? 1 : -1;
        double price = payout * discount * NormalDistribution.cdf(sign * d2);
        double delta = sign * payout * discount * NormalDistribution.pdf(d2) / (spot.getAsDouble() * s);
        return new double[] {price, delta};
    }
}
