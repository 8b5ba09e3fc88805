package io.clearstone.instruments.futures;

import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.clearstone.instruments.spi.InstrumentPlugin;
import io.clearstone.instruments.spi.InstrumentTerms;
import io.clearstone.instruments.spi.PluginInfo;
import io.clearstone.instruments.spi.PluginProperties;
import io.clearstone.instruments.spi.ReferenceData;
import io.clearstone.instruments.spi.ResolvedInstrument;
import io.clearstone.instruments.spi.TermsDocument;
import io.clearstone.instruments.spi.TermsException;
import io.clearstone.instruments.spi.Violation;

/** Dated futures, linear (stablecoin-settled) and inverse (coin-settled), with daily variation margin in cash. */
public final class DatedFuturePlugin implements InstrumentPlugin {

    private static final PluginInfo INFO = new PluginInfo("future.dated", "0.1", FutureTermsCodec.VERSION,
            "Dated future",
            "A future on an index that settles in cash every day and finally at its expiry. LINEAR contracts are "
                    + "contractSize coins, quoted and settled in the quote stablecoin; INVERSE contracts are "
                    + "contractSize USD, settled in the coin. A trade moves no cash: it sets the position's reference "
                    + "price. Each daily settlement pays the variation margin from the reference price to the "
                    + "settlement price (linear q × size × (S − ref), inverse q × size × (1/ref − 1/S)) and "
                    + "re-strikes the position at S; the expiry pays the last variation margin and closes it. The "
                    + "settlement price is the index TWAP over settlementWindow before the settlement. Terms: "
                    + "underlying (e.g. BTC-USD), style (LINEAR or INVERSE), contractSize, tickSize, expiry "
                    + "(ISO-8601 instant on a whole second, in the future, within ten years), dailySettlementTime "
                    + "(UTC, default 08:00; with a period of a day the expiry must fall at it), settlementPeriod "
                    + "(default P1D, from the plugin's minimum-settlement-period to P1D; settlements fall at expiry − "
                    + "k × period, the last being the expiry), settlementWindow (default PT30M, at most the period), "
                    + "riskLimitBase, riskLimitStep, riskLimitSteps, initialMargin, maintenanceMargin, marginStep "
                    + "(margin tiers by USD notional), maxLeverage, maxPosition.",
            List.of(new PluginInfo.PropertyInfo("linear-settlement-asset", "string", "USDC",
                            "asset linear futures are margined and settled in"),
                    new PluginInfo.PropertyInfo("minimum-settlement-period", "duration", "PT5S",
                            "the shortest settlementPeriod terms may choose (P1D in a production installation "
                                    + "that lists only daily-settled futures)")),
            FutureTermsCodec.RANGES);

    private final FutureTermsCodec codec = new FutureTermsCodec();
    private final Clock clock;
    private volatile String linearSettlementAsset = "USDC";
    private volatile Duration shortestPeriod = Duration.ofSeconds(5);

    /** The plugin as the platform loads it, on the system clock. */
    public DatedFuturePlugin() {
        this(Clock.systemUTC());
    }

    /** @param clock what "now" is for an expiry that must be in the future and for the first settlement */
    DatedFuturePlugin(Clock clock) {
        this.clock = clock;
    }

    @Override
    public PluginInfo info() {
        return INFO;
    }

    @Override
    public void init(PluginProperties properties) {
        linearSettlementAsset = properties.get(INFO, "linear-settlement-asset");
        String period = properties.get(INFO, "minimum-settlement-period");
        Duration parsed;
        try {
            parsed = Duration.parse(period.strip());
        } catch (DateTimeParseException notADuration) {
            throw new IllegalArgumentException("minimum-settlement-period " + period + " is not an ISO-8601 duration");
        }
        if (parsed.isNegative() || parsed.isZero() || parsed.compareTo(FutureTermsCodec.LONGEST_PERIOD) > 0) {
            throw new IllegalArgumentException("minimum-settlement-period " + period + " must be above zero and at "
                    + "most P1D");
        }
        shortestPeriod = parsed;
    }

    @Override
    public InstrumentTerms decode(TermsDocument document, int version) {
        return codec.decode(document, version);
    }

    @Override
    public TermsDocument encode(InstrumentTerms terms) {
        return codec.encode((FutureTerms) terms);
    }

    @Override
    public List<Violation> validate(InstrumentTerms terms) {
        return codec.validate((FutureTerms) terms, clock.instant(), shortestPeriod);
    }

    @Override
    public ResolvedInstrument resolve(InstrumentTerms terms, ReferenceData reference) {
        FutureTerms future = (FutureTerms) terms;
        if (!reference.hasIndex(future.underlying())) {
            throw TermsException.of("underlying", "the oracle prices no index " + future.underlying());
        }
        String settlement = future.style() == ContractStyle.INVERSE ? future.baseAsset() : linearSettlementAsset;
        if (reference.asset(settlement).isEmpty()) {
            throw TermsException.of("style", "settlement asset " + settlement + " is not listed");
        }
        return new ResolvedFuture(future, settlement, clock);
    }
}
