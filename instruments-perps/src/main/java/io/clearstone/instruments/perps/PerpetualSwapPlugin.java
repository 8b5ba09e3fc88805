package io.clearstone.instruments.perps;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.clearstone.instruments.spi.InstrumentPlugin;
import io.clearstone.instruments.spi.InstrumentTerms;
import io.clearstone.instruments.spi.PluginInfo;
import io.clearstone.instruments.spi.PluginProperties;
import io.clearstone.instruments.spi.ReferenceData;
import io.clearstone.instruments.spi.ResolvedInstrument;
import io.clearstone.instruments.spi.TermsDocument;
import io.clearstone.instruments.spi.TermsException;
import io.clearstone.instruments.spi.Violation;

/** Perpetual swaps, linear (stablecoin-margined) and inverse (coin-margined), with risk-limit tiers. */
public final class PerpetualSwapPlugin implements InstrumentPlugin {

    private static final PluginInfo INFO = new PluginInfo("swap.perpetual", "0.1", PerpetualTermsCodec.VERSION,
            "Perpetual swap",
            "A swap with no expiry on an index: LINEAR contracts are coins margined in the quote stablecoin, INVERSE "
                    + "contracts are USD amounts margined in the coin. Longs and shorts exchange funding every "
                    + "interval; margin follows risk-limit tiers by notional. Terms: underlying, style, contractSize, "
                    + "tickSize, fundingInterval (PT1H or PT8H), interestRate (per 8 hours) or the daily "
                    + "interestQuoteRate and interestBaseRate (I = (quote − base) / intervals per day), premiumClamp, "
                    + "fundingCap, markBand, premiumAverage (EVERY_QUOTE or TIME_WEIGHTED, Binance's weights 1..n), "
                    + "premiumSampleInterval, maintenanceOn (MARK or ENTRY notional), riskLimitBase, riskLimitStep, "
                    + "riskLimitSteps, initialMargin, maintenanceMargin, marginStep, maxLeverage, maxPosition.",
            List.of(new PluginInfo.PropertyInfo("linear-settlement-asset", "string", "USDC",
                            "asset linear swaps are margined and settled in"),
                    new PluginInfo.PropertyInfo("funding-intervals", "string", "PT1H,PT8H",
                            "funding intervals terms may choose, comma-separated ISO-8601 durations that divide a day")),
            PerpetualTermsCodec.RANGES);

    private final PerpetualTermsCodec codec = new PerpetualTermsCodec();
    private volatile String linearSettlementAsset = "USDC";
    private volatile Set<Duration> fundingIntervals = Set.of(Duration.ofHours(1), Duration.ofHours(8));

    @Override
    public PluginInfo info() {
        return INFO;
    }

    @Override
    public void init(PluginProperties properties) {
        linearSettlementAsset = properties.get(INFO, "linear-settlement-asset");
        fundingIntervals = Arrays.stream(properties.get(INFO, "funding-intervals").split(","))
                .map(String::strip).map(Duration::parse).peek(PerpetualSwapPlugin::requireDividesADay)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Boundaries are multiples of the interval since the epoch, so every day starts one. */
    private static void requireDividesADay(Duration interval) {
        if (interval.isNegative() || interval.isZero() || Duration.ofDays(1).toMillis() % interval.toMillis() != 0) {
            throw new IllegalArgumentException("funding interval " + interval + " does not divide a day");
        }
    }

    @Override
    public InstrumentTerms decode(TermsDocument document, int version) {
        return codec.decode(document, version);
    }

    @Override
    public TermsDocument encode(InstrumentTerms terms) {
        return codec.encode((PerpetualTerms) terms);
    }

    @Override
    public List<Violation> validate(InstrumentTerms terms) {
        return codec.validate((PerpetualTerms) terms, fundingIntervals);
    }

    @Override
    public ResolvedInstrument resolve(InstrumentTerms terms, ReferenceData reference) {
        PerpetualTerms swap = (PerpetualTerms) terms;
        if (!reference.hasIndex(swap.underlying())) {
            throw TermsException.of("underlying", "the oracle prices no index " + swap.underlying());
        }
        String settlement = swap.style() == ContractStyle.INVERSE ? swap.baseAsset() : linearSettlementAsset;
        if (reference.asset(settlement).isEmpty()) {
            throw TermsException.of("style", "settlement asset " + settlement + " is not listed");
        }
        return new ResolvedPerpetual(swap, settlement);
    }
}
