package io.clearstone.instruments.perps;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.clearstone.instruments.spi.TermRange;
import io.clearstone.instruments.spi.TermsDocument;
import io.clearstone.instruments.spi.TermsException;
import io.clearstone.instruments.spi.Violation;

/**
 * Terms version 1, flat: underlying, style, contractSize, tickSize, fundingInterval (ISO-8601, PT1H or PT8H unless
 * the plugin's {@code funding-intervals} property allows others), and optional interestRate (0.0001 per 8 hours) or
 * instead the daily interestQuoteRate (0.0006) and interestBaseRate (0.0003), premiumClamp (0.0005), fundingCap
 * (0.0075), markBand (0.005), premiumAverage (EVERY_QUOTE, or TIME_WEIGHTED), premiumSampleInterval (PT1M),
 * maintenanceOn (MARK for linear swaps, ENTRY for inverse ones, which allow only that), riskLimitBase (1,000,000),
 * riskLimitStep (1,000,000), riskLimitSteps (9), initialMargin (0.01), maintenanceMargin (0.005), marginStep (0.005),
 * maxLeverage (100) and maxPosition (none). Terms stored before the later choices existed decode as they funded.
 */
final class PerpetualTermsCodec {

    static final int VERSION = 1;

    static final TermRange CONTRACT_SIZE = TermRange.aboveUpTo("contractSize", "0", "1000000");
    static final TermRange TICK_SIZE = TermRange.aboveUpTo("tickSize", "0", "1000000");
    /** Per 8 hours: ±1% is far beyond any venue's, and the formula is meaningless near −100%. */
    static final TermRange INTEREST_RATE = TermRange.closed("interestRate", "-0.01", "0.01");
    /** Daily borrowing rates: 10% a day is far beyond any venue's, and a rate below −1% a day is not a rate. */
    static final TermRange INTEREST_QUOTE_RATE = TermRange.closed("interestQuoteRate", "-0.01", "0.1");
    static final TermRange INTEREST_BASE_RATE = TermRange.closed("interestBaseRate", "-0.01", "0.1");
    /** A ± clamp is a magnitude; 5% per 8 hours already clamps nothing in practice. */
    static final TermRange PREMIUM_CLAMP = TermRange.closed("premiumClamp", "0", "0.05");
    static final TermRange FUNDING_CAP = TermRange.aboveUpTo("fundingCap", "0", "0.1");
    /** The mark may leave the index by at most half of it. */
    static final TermRange MARK_BAND = TermRange.aboveUpTo("markBand", "0", "0.5");
    static final TermRange RISK_LIMIT_BASE = TermRange.aboveUpTo("riskLimitBase", "0", "1000000000000");
    static final TermRange RISK_LIMIT_STEP = TermRange.aboveUpTo("riskLimitStep", "0", "1000000000000");
    static final TermRange RISK_LIMIT_STEPS = TermRange.wholeNumbers("riskLimitSteps", 0, 1000);
    /** Margin rates are shares of the notional. */
    static final TermRange INITIAL_MARGIN = TermRange.aboveUpTo("initialMargin", "0", "1");
    static final TermRange MAINTENANCE_MARGIN = TermRange.aboveUpTo("maintenanceMargin", "0", "1");
    static final TermRange MARGIN_STEP = TermRange.closed("marginStep", "0", "1");
    static final TermRange MAX_LEVERAGE = TermRange.closed("maxLeverage", "1", "1000");
    static final TermRange MAX_POSITION = TermRange.aboveUpTo("maxPosition", "0", "1000000000000");
    static final List<TermRange> RANGES = List.of(CONTRACT_SIZE, TICK_SIZE, INTEREST_RATE, INTEREST_QUOTE_RATE,
            INTEREST_BASE_RATE, PREMIUM_CLAMP, FUNDING_CAP, MARK_BAND, RISK_LIMIT_BASE, RISK_LIMIT_STEP, RISK_LIMIT_STEPS, INITIAL_MARGIN,
            MAINTENANCE_MARGIN, MARGIN_STEP, MAX_LEVERAGE, MAX_POSITION);

    PerpetualTerms decode(TermsDocument document, int version) {
        if (version != VERSION) {
            throw TermsException.of("version", "perpetual terms exist in version 1 only");
        }
        TermsDocument.Reader reader = document.reader();
        Duration interval = duration(reader, "fundingInterval");
        ContractStyle style = reader.choice("style", ContractStyle.class);
        Interest interest = interest(document, reader);
        PerpetualTerms terms = new PerpetualTerms(reader.text("underlying"), style,
                reader.decimal("contractSize"), reader.decimal("tickSize"),
                interval,
                interest.eightHourRate(),
                reader.decimal("premiumClamp", new BigDecimal("0.0005")),
                reader.decimal("fundingCap", new BigDecimal("0.0075")),
                reader.decimal("markBand", new BigDecimal("0.005")),
                new PerpetualTerms.RiskLimitTerms(reader.decimal("riskLimitBase", new BigDecimal("1000000")),
                        reader.decimal("riskLimitStep", new BigDecimal("1000000")),
                        steps(reader),
                        reader.decimal("initialMargin", new BigDecimal("0.01")),
                        reader.decimal("maintenanceMargin", new BigDecimal("0.005")),
                        reader.decimal("marginStep", new BigDecimal("0.005"))),
                reader.decimal("maxLeverage", new BigDecimal("100")), reader.decimal("maxPosition", null),
                interest.quoteRate(), interest.baseRate(),
                optionalChoice(document, reader, "premiumAverage", PremiumAverage.class, PremiumAverage.EVERY_QUOTE),
                document.fields().containsKey("premiumSampleInterval") ? duration(reader, "premiumSampleInterval")
                        : PerpetualTerms.DEFAULT_SAMPLE_INTERVAL,
                optionalChoice(document, reader, "maintenanceOn", MaintenanceBasis.class,
                        style == null ? null : PerpetualTerms.defaultMaintenanceBasis(style)));
        reader.throwIfInvalid();
        return terms;
    }

    /** Exactly one of the two ways to give the interest component: fixed per 8 hours, or daily quote and base rates. */
    private record Interest(BigDecimal eightHourRate, BigDecimal quoteRate, BigDecimal baseRate) {
    }

    /**
     * A fixed interestRate, or the daily interestQuoteRate and interestBaseRate (either given alone takes the other's
     * published default); both ways at once are refused naming every term given, since which one was meant cannot be
     * told. Neither: the fixed 0.01% per 8 hours, as before daily rates existed.
     */
    private static Interest interest(TermsDocument document, TermsDocument.Reader reader) {
        boolean fixed = document.fields().containsKey("interestRate");
        boolean daily = document.fields().containsKey("interestQuoteRate")
                || document.fields().containsKey("interestBaseRate");
        if (fixed && daily) {
            for (String term : List.of("interestRate", "interestQuoteRate", "interestBaseRate")) {
                if (document.fields().containsKey(term)) {
                    reader.violation(term, "give either interestRate (per 8 hours) or the daily interestQuoteRate "
                            + "and interestBaseRate, not both");
                }
            }
        }
        if (daily) {
            return new Interest(null, reader.decimal("interestQuoteRate", PerpetualTerms.DEFAULT_QUOTE_RATE),
                    reader.decimal("interestBaseRate", PerpetualTerms.DEFAULT_BASE_RATE));
        }
        return new Interest(reader.decimal("interestRate", new BigDecimal("0.0001")), null, null);
    }

    private static <E extends Enum<E>> E optionalChoice(TermsDocument document, TermsDocument.Reader reader,
                                                        String field, Class<E> type, E fallback) {
        return document.fields().containsKey(field) ? reader.choice(field, type) : fallback;
    }

    TermsDocument encode(PerpetualTerms terms) {
        PerpetualTerms.RiskLimitTerms limits = terms.riskLimits();
        TermsDocument.Builder document = TermsDocument.builder()
                .put("underlying", terms.underlying()).put("style", terms.style())
                .put("contractSize", terms.contractSize()).put("tickSize", terms.tickSize())
                .put("fundingInterval", terms.fundingInterval().toString())
                .put("premiumClamp", terms.premiumClamp())
                .put("fundingCap", terms.fundingCap()).put("markBand", terms.markBand())
                .put("premiumAverage", terms.premiumAverage())
                .put("premiumSampleInterval", terms.premiumSampleInterval().toString())
                .put("maintenanceOn", terms.maintenanceOn())
                .put("riskLimitBase", limits.baseNotional()).put("riskLimitStep", limits.stepNotional())
                .put("riskLimitSteps", BigDecimal.valueOf(limits.steps()))
                .put("initialMargin", limits.initialRate()).put("maintenanceMargin", limits.maintenanceRate())
                .put("marginStep", limits.rateStep())
                .put("maxLeverage", terms.maxLeverage());
        if (terms.maxPosition() != null) {
            document.put("maxPosition", terms.maxPosition());
        }
        if (terms.interestFromDailyRates()) {
            document.put("interestQuoteRate", terms.interestQuoteRate())
                    .put("interestBaseRate", terms.interestBaseRate());
        } else {
            document.put("interestRate", terms.interestRate());
        }
        return document.build();
    }

    /** A count of steps, read whole and in range: 1e309 or 2.5 steps must not silently become 0 or 2. */
    private static int steps(TermsDocument.Reader reader) {
        BigDecimal steps = reader.decimal(RISK_LIMIT_STEPS.term(), new BigDecimal("9"));
        if (steps == null) {
            return 0;
        }
        List<Violation> outside = new ArrayList<>();
        RISK_LIMIT_STEPS.check(steps, outside);
        outside.forEach(v -> reader.violation(v.field(), v.message()));
        return outside.isEmpty() ? steps.intValueExact() : 0;
    }

    private static Duration duration(TermsDocument.Reader reader, String field) {
        String text = reader.text(field);
        if (text == null) {
            return null;
        }
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException notADuration) {
            reader.violation(field, "must be an ISO-8601 duration such as PT8H");
            return null;
        }
    }

    /**
     * Time-weighted sample times fall on whole steps of the interval, the last at its end, and at least one second
     * apart; the step is not used (nor checked) when every quote is a sample.
     */
    private static void validateSampling(PerpetualTerms terms, List<Violation> violations) {
        if (terms.premiumAverage() != PremiumAverage.TIME_WEIGHTED) {
            return;
        }
        Duration step = terms.premiumSampleInterval();
        Duration interval = terms.fundingInterval();
        if (step.compareTo(Duration.ofSeconds(1)) < 0 || step.compareTo(interval) > 0
                || interval.toMillis() % step.toMillis() != 0) {
            violations.add(new Violation("premiumSampleInterval", "must be at least PT1S and divide the funding "
                    + "interval " + interval));
        }
    }

    /** @param intervals the funding intervals this installation allows */
    List<Violation> validate(PerpetualTerms terms, Set<Duration> intervals) {
        List<Violation> violations = new ArrayList<>();
        if (!terms.underlying().matches("[A-Z0-9]{2,12}-[A-Z0-9]{2,12}")) {
            violations.add(new Violation("underlying", "must be an index symbol like BTC-USD"));
        }
        PerpetualTerms.RiskLimitTerms limits = terms.riskLimits();
        CONTRACT_SIZE.check(terms.contractSize(), violations);
        TICK_SIZE.check(terms.tickSize(), violations);
        if (!intervals.contains(terms.fundingInterval())) {
            violations.add(new Violation("fundingInterval", "must be one of " + intervals.stream().sorted().toList()));
        }
        INTEREST_RATE.check(terms.interestRate(), violations);
        INTEREST_QUOTE_RATE.check(terms.interestQuoteRate(), violations);
        INTEREST_BASE_RATE.check(terms.interestBaseRate(), violations);
        if (terms.interestFromDailyRates() && INTEREST_QUOTE_RATE.contains(terms.interestQuoteRate())
                && INTEREST_BASE_RATE.contains(terms.interestBaseRate())
                && !INTEREST_RATE.contains(BigDecimal.valueOf(terms.interestPerEightHours()))) {
            violations.add(new Violation("interestQuoteRate", "(interestQuoteRate − interestBaseRate) / 3 is the "
                    + "interest per 8 hours and must be in " + INTEREST_RATE));
        }
        validateSampling(terms, violations);
        if (terms.style() == ContractStyle.INVERSE && terms.maintenanceOn() != MaintenanceBasis.ENTRY) {
            violations.add(new Violation("maintenanceOn", "inverse swaps count maintenance on the entry value: ENTRY"));
        }
        PREMIUM_CLAMP.check(terms.premiumClamp(), violations);
        FUNDING_CAP.check(terms.fundingCap(), violations);
        MARK_BAND.check(terms.markBand(), violations);
        RISK_LIMIT_BASE.check(limits.baseNotional(), violations);
        RISK_LIMIT_STEP.check(limits.stepNotional(), violations);
        INITIAL_MARGIN.check(limits.initialRate(), violations);
        MAINTENANCE_MARGIN.check(limits.maintenanceRate(), violations);
        MARGIN_STEP.check(limits.rateStep(), violations);
        MAX_LEVERAGE.check(terms.maxLeverage(), violations);
        MAX_POSITION.check(terms.maxPosition(), violations);
        if (limits.initialRate().compareTo(limits.maintenanceRate()) < 0) {
            violations.add(new Violation("initialMargin", "must be at least maintenanceMargin"));
        }
        // the top tier's rate is a share of the notional too
        if (MARGIN_STEP.contains(limits.rateStep()) && INITIAL_MARGIN.contains(limits.initialRate())
                && limits.initialRate().add(limits.rateStep().multiply(BigDecimal.valueOf(limits.steps())))
                .compareTo(BigDecimal.ONE) > 0) {
            violations.add(new Violation("marginStep", "initialMargin + riskLimitSteps × marginStep must be at "
                    + "most 1"));
        }
        return violations;
    }
}
