package io.clearstone.it.plugin;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import io.clearstone.instruments.perps.PerpetualSwapPlugin;
import io.clearstone.instruments.spi.CashFlowInstruction;
import io.clearstone.instruments.spi.Exposure;
import io.clearstone.instruments.spi.Funding;
import io.clearstone.instruments.spi.HeldPosition;
import io.clearstone.instruments.spi.InstrumentPlugin;
import io.clearstone.instruments.spi.InstrumentTerms;
import io.clearstone.instruments.spi.MarketSnapshot;
import io.clearstone.instruments.spi.MeasureResult;
import io.clearstone.instruments.spi.PluginInfo;
import io.clearstone.instruments.spi.PluginProperties;
import io.clearstone.instruments.spi.PositionView;
import io.clearstone.instruments.spi.ReferenceData;
import io.clearstone.instruments.spi.ResolvedInstrument;
import io.clearstone.instruments.spi.RiskArray;
import io.clearstone.instruments.spi.ScenarioGrid;
import io.clearstone.instruments.spi.ScheduledEvent;
import io.clearstone.instruments.spi.StandardMargin;
import io.clearstone.instruments.spi.TermsDocument;
import io.clearstone.instruments.spi.Valuation;
import io.clearstone.instruments.spi.Violation;

/**
 * A test instrument with a life of its own kinds: a linear swap (priced, margined and traded as the perpetual swap is,
 * without its funding) that pays a {@value #COUPON} every {@link #COUPON_EVERY} (0.001 {@value #COUPON_ASSET} per
 * contract, in an asset that is not its settlement asset, plus the variation margin since the last re-strike, after
 * which its positions are re-struck at the coupon's price), is redeemed at the {@code redemptionAt} of its terms (the
 * variation margin, closing every position) and expires {@link #EXPIRY_AFTER} later. Coupons fall at
 * redemptionAt − 12 s, − 8 s and − 4 s; every event settles at the index as published at its time.
 */
public class CouponSwapPlugin implements InstrumentPlugin {

    public static final String TYPE = "test.coupon-swap";
    public static final String COUPON = "coupon";
    public static final String REDEMPTION = "redemption";
    public static final String COUPON_ASSET = "ETH";
    public static final BigDecimal COUPON_PER_CONTRACT = new BigDecimal("0.001");
    static final Duration COUPON_EVERY = Duration.ofSeconds(4);
    static final Duration FIRST_COUPON_BEFORE = Duration.ofSeconds(12);
    static final Duration EXPIRY_AFTER = Duration.ofSeconds(2);

    private final PerpetualSwapPlugin swap = new PerpetualSwapPlugin();

    @Override
    public PluginInfo info() {
        PluginInfo original = swap.info();
        return new PluginInfo(TYPE, original.version(), original.termsVersion(), "Coupon swap (test)",
                "a linear swap with coupons, a redemption and an expiry", original.properties(),
                original.termRanges());
    }

    @Override
    public void init(PluginProperties properties) {
        swap.init(properties);
    }

    @Override
    public InstrumentTerms decode(TermsDocument document, int version) {
        Map<String, Object> fields = new HashMap<>(document.fields());
        Object redemption = fields.remove("redemptionAt");
        InstrumentTerms swapTerms = swap.decode(TermsDocument.of(fields), version);
        return new Terms(swapTerms, Instant.parse(String.valueOf(redemption)));
    }

    @Override
    public TermsDocument encode(InstrumentTerms terms) {
        Terms coupon = (Terms) terms;
        Map<String, Object> fields = new HashMap<>(swap.encode(coupon.swap()).fields());
        fields.put("redemptionAt", coupon.redemptionAt().toString());
        return TermsDocument.of(fields);
    }

    @Override
    public List<Violation> validate(InstrumentTerms terms) {
        return swap.validate(((Terms) terms).swap());
    }

    @Override
    public ResolvedInstrument resolve(InstrumentTerms terms, ReferenceData reference) {
        Terms coupon = (Terms) terms;
        return new Resolved(swap.resolve(coupon.swap(), reference), coupon.redemptionAt());
    }

    /** The swap's terms and when the instrument is redeemed. */
    public record Terms(InstrumentTerms swap, Instant redemptionAt) implements InstrumentTerms {
    }

    /** The swap, with coupons, a redemption and an expiry instead of funding. */
    public static final class Resolved implements ResolvedInstrument {

        private final ResolvedInstrument swap;
        private final Instant redemptionAt;

        Resolved(ResolvedInstrument swap, Instant redemptionAt) {
            this.swap = swap;
            this.redemptionAt = redemptionAt;
        }

        @Override
        public List<ScheduledEvent> schedule() {
            return List.of(new ScheduledEvent(COUPON, redemptionAt.minus(FIRST_COUPON_BEFORE)),
                    new ScheduledEvent(REDEMPTION, redemptionAt),
                    new ScheduledEvent(ScheduledEvent.EXPIRY, redemptionAt.plus(EXPIRY_AFTER)));
        }

        @Override
        public Optional<ScheduledEvent> following(ScheduledEvent previous) {
            Instant next = previous.at().plus(COUPON_EVERY);
            return COUPON.equals(previous.kind()) && next.isBefore(redemptionAt)
                    ? Optional.of(new ScheduledEvent(COUPON, next)) : Optional.empty();
        }

        @Override
        public Duration settlementWindow(ScheduledEvent event) {
            return Duration.ZERO;
        }

        @Override
        public List<CashFlowInstruction> onEvent(ScheduledEvent event, HeldPosition position,
                                                 BigDecimal settlementPrice) {
            BigDecimal variation = swap.closingPnl(position.quantity(), position.referencePrice(), settlementPrice);
            return switch (event.kind()) {
                case COUPON -> List.of(
                        new CashFlowInstruction(COUPON_ASSET, position.quantity().multiply(COUPON_PER_CONTRACT),
                                "coupon", false),
                        new CashFlowInstruction(settlementAsset(), variation, "variation margin", false));
                case REDEMPTION -> List.of(new CashFlowInstruction(settlementAsset(), variation, "redemption", true));
                default -> List.of();
            };
        }

        @Override
        public Optional<BigDecimal> restrike(ScheduledEvent event, BigDecimal settlementPrice) {
            return COUPON.equals(event.kind()) ? Optional.of(settlementPrice) : Optional.empty();
        }

        @Override
        public Optional<Funding> funding() {
            return Optional.empty();
        }

        @Override
        public String underlying() {
            return swap.underlying();
        }

        @Override
        public String settlementAsset() {
            return swap.settlementAsset();
        }

        @Override
        public MeasureResult price(MarketSnapshot market) {
            return swap.price(market);
        }

        @Override
        public BigDecimal cashAtTrade(BigDecimal quantity, BigDecimal price) {
            return swap.cashAtTrade(quantity, price);
        }

        @Override
        public BigDecimal closingPnl(BigDecimal quantity, BigDecimal entry, BigDecimal exit) {
            return swap.closingPnl(quantity, entry, exit);
        }

        @Override
        public boolean paysClosingPnl() {
            return swap.paysClosingPnl();
        }

        @Override
        public Optional<String> priceBreach(BigDecimal price) {
            return swap.priceBreach(price);
        }

        @Override
        public Optional<String> positionLimitBreach(BigDecimal quantity, MarketSnapshot market) {
            return swap.positionLimitBreach(quantity, market);
        }

        @Override
        public OptionalDouble liquidationPrice(PositionView position, double margin, MarketSnapshot market) {
            return swap.liquidationPrice(position, margin, market);
        }

        @Override
        public Valuation value(PositionView position, MarketSnapshot market) {
            return swap.value(position, market);
        }

        @Override
        public RiskArray riskArray(PositionView position, MarketSnapshot market, ScenarioGrid grid) {
            return swap.riskArray(position, market, grid);
        }

        @Override
        public StandardMargin standardMargin(PositionView position, MarketSnapshot market) {
            return swap.standardMargin(position, market);
        }

        @Override
        public List<Exposure> exposures(String instrumentId) {
            return swap.exposures(instrumentId);
        }
    }
}
