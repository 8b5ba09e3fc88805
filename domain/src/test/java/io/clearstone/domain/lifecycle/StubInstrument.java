package io.clearstone.domain.lifecycle;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.clearstone.instruments.spi.Exposure;
import io.clearstone.instruments.spi.Funding;
import io.clearstone.instruments.spi.FundingFixing;
import io.clearstone.instruments.spi.MarketSnapshot;
import io.clearstone.instruments.spi.MeasureResult;
import io.clearstone.instruments.spi.PositionView;
import io.clearstone.instruments.spi.ResolvedInstrument;
import io.clearstone.instruments.spi.RiskArray;
import io.clearstone.instruments.spi.ScenarioGrid;
import io.clearstone.instruments.spi.ScheduledEvent;
import io.clearstone.instruments.spi.StandardMargin;
import io.clearstone.instruments.spi.Valuation;
import io.clearstone.instruments.spi.VenueQuote;

/** An instrument with a given schedule and, optionally, funding; nothing else of it is used. */
class StubInstrument implements ResolvedInstrument {

    private final List<ScheduledEvent> schedule;
    private final Duration fundingInterval;
    private final java.util.function.Function<ScheduledEvent, Optional<ScheduledEvent>> following;

    StubInstrument(List<ScheduledEvent> schedule, Duration fundingInterval,
                   java.util.function.Function<ScheduledEvent, Optional<ScheduledEvent>> following) {
        this.schedule = schedule;
        this.fundingInterval = fundingInterval;
        this.following = following;
    }

    @Override
    public Optional<Funding> funding() {
        return Optional.ofNullable(fundingInterval).map(interval -> new Funding() {
            @Override
            public Duration interval() {
                return interval;
            }

            @Override
            public FundingFixing fix(List<VenueQuote> samples, MarketSnapshot market) {
                throw new UnsupportedOperationException();
            }

            @Override
            public BigDecimal payment(BigDecimal quantity, FundingFixing fixing) {
                throw new UnsupportedOperationException();
            }
        });
    }

    @Override
    public Optional<ScheduledEvent> following(ScheduledEvent previous) {
        return following.apply(previous);
    }

    @Override
    public List<ScheduledEvent> schedule() {
        return schedule;
    }

    @Override
    public String underlying() {
        return "BTC-USD";
    }

    @Override
    public String settlementAsset() {
        return "USDC";
    }

    @Override
    public MeasureResult price(MarketSnapshot market) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Valuation value(PositionView position, MarketSnapshot market) {
        throw new UnsupportedOperationException();
    }

    @Override
    public RiskArray riskArray(PositionView position, MarketSnapshot market, ScenarioGrid grid) {
        throw new UnsupportedOperationException();
    }

    @Override
    public StandardMargin standardMargin(PositionView position, MarketSnapshot market) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Exposure> exposures(String instrumentId) {
        return List.of();
    }
}
