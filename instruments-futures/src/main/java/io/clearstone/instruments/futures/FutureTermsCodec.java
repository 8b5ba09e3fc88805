package io.clearstone.instruments.futures;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import io.clearstone.instruments.spi.TermRange;
import io.clearstone.instruments.spi.TermsDocument;
import io.clearstone.instruments.spi.TermsException;
import io.clearstone.instruments.spi.Violation;

/**
 * Terms version 1, flat: underlying, style (LINEAR or INVERSE), contractSize, tickSize, expiry (ISO-8601 instant), and
 * optional dailySettlementTime (08:00, UTC), settlementPeriod (P1D), settlementWindow (PT30M), riskLimitBase
 * (1,000,000 USD), riskLimitStep (1,000,000), riskLimitSteps (9), initialMargin (0.01), maintenanceMargin (0.005),
 * marginStep (0.005), maxLeverage (100) and maxPosition (none). The rules {@link #validate} applies are those of
 * docs/futures.md.
 */
final class FutureTermsCodec {

    static final int VERSION = 1;

    static final TermRange CONTRACT_SIZE = TermRange.aboveUpTo("contractSize", "0", "1000000");
    static final TermRange TICK_SIZE = TermRange.aboveUpTo("tickSize", "0", "1000000");
    static final TermRange RISK_LIMIT_BASE = TermRange.aboveUpTo("riskLimitBase", "0", "1000000000000");
    static final TermRange RISK_LIMIT_STEP = TermRange.aboveUpTo("riskLimitStep", "0", "1000000000000");
    static final TermRange RISK_LIMIT_STEPS = TermRange.wholeNumbers("riskLimitSteps", 0, 1000);
    /** Margin rates are shares of the notional. */
    static final TermRange INITIAL_MARGIN = TermRange.aboveUpTo("initialMargin", "0", "1");
    static final TermRange MAINTENANCE_MARGIN = TermRange.aboveUpTo("maintenanceMargin", "0", "1");
    static final TermRange MARGIN_STEP = TermRange.closed("marginStep", "0", "1");
    static final TermRange MAX_LEVERAGE = TermRange.closed("maxLeverage", "1", "1000");
    static final TermRange MAX_POSITION = TermRange.aboveUpTo("maxPosition", "0", "1000000000000");
    static final List<TermRange> RANGES = List.of(CONTRACT_SIZE, TICK_SIZE, RISK_LIMIT_BASE, RISK_LIMIT_STEP,
            RISK_LIMIT_STEPS, INITIAL_MARGIN, MAINTENANCE_MARGIN, MARGIN_STEP, MAX_LEVERAGE, MAX_POSITION);

    /** Settlements are at most a day apart: a "daily" settlement less often than daily is not one. */
    static final Duration LONGEST_PERIOD = Duration.ofDays(1);
    /** Nobody lists a future ten years out; the cap keeps a hostile expiry (year 1,000,000,000) out of the books. */
    static final Duration FURTHEST_EXPIRY = Duration.ofDays(3653);

    FutureTerms decode(TermsDocument document, int version) {
        if (version != VERSION) {
            throw TermsException.of("version", "dated future terms exist in version 1 only");
        }
        TermsDocument.Reader reader = document.reader();
        FutureTerms terms = new FutureTerms(reader.text("underlying"), reader.choice("style", ContractStyle.class),
                reader.decimal("contractSize"), reader.decimal("tickSize"), reader.instant("expiry"),
                document.fields().containsKey("dailySettlementTime") ? timeOfDay(reader, "dailySettlementTime")
                        : FutureTerms.DEFAULT_SETTLEMENT_TIME,
                optionalDuration(document, reader, "settlementPeriod", FutureTerms.DEFAULT_PERIOD),
                optionalDuration(document, reader, "settlementWindow", FutureTerms.DEFAULT_WINDOW),
                new FutureTerms.MarginTierTerms(reader.decimal("riskLimitBase", new BigDecimal("1000000")),
                        reader.decimal("riskLimitStep", new BigDecimal("1000000")),
                        steps(reader),
                        reader.decimal("initialMargin", new BigDecimal("0.01")),
                        reader.decimal("maintenanceMargin", new BigDecimal("0.005")),
                        reader.decimal("marginStep", new BigDecimal("0.005"))),
                reader.decimal("maxLeverage", new BigDecimal("100")), reader.decimal("maxPosition", null));
        reader.throwIfInvalid();
        return terms;
    }

    TermsDocument encode(FutureTerms terms) {
        FutureTerms.MarginTierTerms tiers = terms.marginTiers();
        TermsDocument.Builder document = TermsDocument.builder()
                .put("underlying", terms.underlying()).put("style", terms.style())
                .put("contractSize", terms.contractSize()).put("tickSize", terms.tickSize())
                .put("expiry", terms.expiry())
                .put("dailySettlementTime", terms.dailySettlementTime().toString())
                .put("settlementPeriod", terms.settlementPeriod().toString())
                .put("settlementWindow", terms.settlementWindow().toString())
                .put("riskLimitBase", tiers.baseNotional()).put("riskLimitStep", tiers.stepNotional())
                .put("riskLimitSteps", BigDecimal.valueOf(tiers.steps()))
                .put("initialMargin", tiers.initialRate()).put("maintenanceMargin", tiers.maintenanceRate())
                .put("marginStep", tiers.rateStep())
                .put("maxLeverage", terms.maxLeverage());
        if (terms.maxPosition() != null) {
            document.put("maxPosition", terms.maxPosition());
        }
        return document.build();
    }

    /**
     * @param now           the time the future is created at: its expiry must come after it
     * @param shortestPeriod the shortest settlement period this installation allows
     */
    List<Violation> validate(FutureTerms terms, Instant now, Duration shortestPeriod) {
        List<Violation> violations = new ArrayList<>();
        if (!terms.underlying().matches("[A-Z0-9]{2,12}-[A-Z0-9]{2,12}")) {
            violations.add(new Violation("underlying", "must be an index symbol like BTC-USD"));
        }
        CONTRACT_SIZE.check(terms.contractSize(), violations);
        TICK_SIZE.check(terms.tickSize(), violations);
        validateExpiry(terms, now, violations);
        validateSettlements(terms, shortestPeriod, violations);
        FutureTerms.MarginTierTerms tiers = terms.marginTiers();
        RISK_LIMIT_BASE.check(tiers.baseNotional(), violations);
        RISK_LIMIT_STEP.check(tiers.stepNotional(), violations);
        INITIAL_MARGIN.check(tiers.initialRate(), violations);
        MAINTENANCE_MARGIN.check(tiers.maintenanceRate(), violations);
        MARGIN_STEP.check(tiers.rateStep(), violations);
        MAX_LEVERAGE.check(terms.maxLeverage(), violations);
        MAX_POSITION.check(terms.maxPosition(), violations);
        if (tiers.initialRate().compareTo(tiers.maintenanceRate()) < 0) {
            violations.add(new Violation("initialMargin", "must be at least maintenanceMargin"));
        }
        // the top tier's rate is a share of the notional too
        if (MARGIN_STEP.contains(tiers.rateStep()) && INITIAL_MARGIN.contains(tiers.initialRate())
                && tiers.initialRate().add(tiers.rateStep().multiply(BigDecimal.valueOf(tiers.steps())))
                .compareTo(BigDecimal.ONE) > 0) {
            violations.add(new Violation("marginStep", "initialMargin + riskLimitSteps × marginStep must be at "
                    + "most 1"));
        }
        return violations;
    }

    private static void validateExpiry(FutureTerms terms, Instant now, List<Violation> violations) {
        Instant expiry = terms.expiry();
        if (expiry.getNano() != 0) {
            violations.add(new Violation("expiry", "must fall on a whole second"));
        }
        if (!expiry.isAfter(now)) {
            violations.add(new Violation("expiry", "must be in the future"));
        } else if (Duration.between(now, expiry).compareTo(FURTHEST_EXPIRY) > 0) {
            violations.add(new Violation("expiry", "must be within ten years"));
        }
        if (terms.settlementPeriod().equals(LONGEST_PERIOD)
                && !expiry.atOffset(ZoneOffset.UTC).toLocalTime().equals(terms.dailySettlementTime())) {
            violations.add(new Violation("expiry", "must fall at the dailySettlementTime "
                    + terms.dailySettlementTime() + " UTC, as every daily settlement before it does"));
        }
    }

    private static void validateSettlements(FutureTerms terms, Duration shortestPeriod, List<Violation> violations) {
        Duration period = terms.settlementPeriod();
        boolean periodValid = period.getNano() == 0 && period.compareTo(shortestPeriod) >= 0
                && period.compareTo(LONGEST_PERIOD) <= 0;
        if (!periodValid) {
            violations.add(new Violation("settlementPeriod", "must be whole seconds from " + shortestPeriod
                    + " to P1D"));
        }
        Duration window = terms.settlementWindow();
        if (window.isNegative() || window.getNano() != 0) {
            violations.add(new Violation("settlementWindow", "must be whole seconds, zero or more"));
        } else if (periodValid && window.compareTo(period) > 0) {
            violations.add(new Violation("settlementWindow", "must be at most the settlementPeriod " + period
                    + ": one settlement's prices must not reach back into the one before"));
        }
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

    private static Duration optionalDuration(TermsDocument document, TermsDocument.Reader reader, String field,
                                             Duration fallback) {
        if (!document.fields().containsKey(field)) {
            return fallback;
        }
        String text = reader.text(field);
        if (text == null) {
            return null;
        }
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException notADuration) {
            reader.violation(field, "must be an ISO-8601 duration such as P1D or PT10S");
            return null;
        }
    }

    private static LocalTime timeOfDay(TermsDocument.Reader reader, String field) {
        String text = reader.text(field);
        if (text == null) {
            return null;
        }
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException notATime) {
            reader.violation(field, "must be a UTC time of day such as 08:00");
            return null;
        }
    }
}
