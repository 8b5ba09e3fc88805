package io.clearstone.instruments.perps;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.clearstone.instruments.spi.TermsDocument;
import io.clearstone.instruments.spi.TermsException;
import io.clearstone.instruments.spi.Violation;

/**
 * Terms version 1, flat: underlying, style, contractSize, tickSize, fundingInterval (ISO-8601, PT1H or PT8H unless
 * the plugin's {@code funding-intervals} property allows others), and optional interestRate (0.0001), premiumClamp
 * (0.0005), fundingCap (0.0075), markBand (0.005), riskLimitBase (1,000,000), riskLimitStep (1,000,000),
 * riskLimitSteps (9), initialMargin (0.01), maintenanceMargin (0.005), marginStep (0.005), maxLeverage (100) and
 * maxPosition (none).
 */
final class PerpetualTermsCodec {

    static final int VERSION = 1;

    PerpetualTerms decode(TermsDocument document, int version) {
        if (version != VERSION) {
            throw TermsException.of("version", "perpetual terms exist in version 1 only");
        }
        TermsDocument.Reader reader = document.reader();
        Duration interval = duration(reader, "fundingInterval");
        PerpetualTerms terms = new PerpetualTerms(reader.text("underlying"), reader.choice("style", ContractStyle.class),
                reader.decimal("contractSize"), reader.decimal("tickSize"),
                interval,
                reader.decimal("interestRate", new BigDecimal("0.0001")),
                reader.decimal("premiumClamp", new BigDecimal("0.0005")),
                reader.decimal("fundingCap", new BigDecimal("0.0075")),
                reader.decimal("markBand", new BigDecimal("0.005")),
                new PerpetualTerms.RiskLimitTerms(reader.decimal("riskLimitBase", new BigDecimal("1000000")),
                        reader.decimal("riskLimitStep", new BigDecimal("1000000")),
                        reader.decimal("riskLimitSteps", new BigDecimal("9")).intValue(),
                        reader.decimal("initialMargin", new BigDecimal("0.01")),
                        reader.decimal("maintenanceMargin", new BigDecimal("0.005")),
                        reader.decimal("marginStep", new BigDecimal("0.005"))),
                reader.decimal("maxLeverage", new BigDecimal("100")), reader.decimal("maxPosition", null));
        reader.throwIfInvalid();
        return terms;
    }

    TermsDocument encode(PerpetualTerms terms) {
        PerpetualTerms.RiskLimitTerms limits = terms.riskLimits();
        TermsDocument.Builder document = TermsDocument.builder()
                .put("underlying", terms.underlying()).put("style", terms.style())
                .put("contractSize", terms.contractSize()).put("tickSize", terms.tickSize())
                .put("fundingInterval", terms.fundingInterval().toString())
                .put("interestRate", terms.interestRate()).put("premiumClamp", terms.premiumClamp())
                .put("fundingCap", terms.fundingCap()).put("markBand", terms.markBand())
                .put("riskLimitBase", limits.baseNotional()).put("riskLimitStep", limits.stepNotional())
                .put("riskLimitSteps", BigDecimal.valueOf(limits.steps()))
                .put("initialMargin", limits.initialRate()).put("maintenanceMargin", limits.maintenanceRate())
                .put("marginStep", limits.rateStep())
                .put("maxLeverage", terms.maxLeverage());
        if (terms.maxPosition() != null) {
            document.put("maxPosition", terms.maxPosition());
        }
        return document.build();
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

    /** @param intervals the funding intervals this installation allows */
    List<Violation> validate(PerpetualTerms terms, Set<Duration> intervals) {
        List<Violation> violations = new ArrayList<>();
        if (!terms.underlying().matches("[A-Z0-9]{2,12}-[A-Z0-9]{2,12}")) {
            violations.add(new Violation("underlying", "must be an index symbol like BTC-USD"));
        }
        positive(violations, "contractSize", terms.contractSize());
        positive(violations, "tickSize", terms.tickSize());
        if (!intervals.contains(terms.fundingInterval())) {
            violations.add(new Violation("fundingInterval", "must be one of " + intervals.stream().sorted().toList()));
        }
        if (terms.maxLeverage().compareTo(BigDecimal.ONE) < 0) {
            violations.add(new Violation("maxLeverage", "must be at least 1"));
        }
        if (terms.maxPosition() != null) {
            positive(violations, "maxPosition", terms.maxPosition());
        }
        positive(violations, "fundingCap", terms.fundingCap());
        positive(violations, "markBand", terms.markBand());
        PerpetualTerms.RiskLimitTerms limits = terms.riskLimits();
        if (limits.initialRate().compareTo(limits.maintenanceRate()) < 0 || limits.maintenanceRate().signum() <= 0) {
            violations.add(new Violation("initialMargin", "must be at least maintenanceMargin, which must be positive"));
        }
        if (limits.steps() < 0 || limits.baseNotional().signum() <= 0 || limits.stepNotional().signum() <= 0) {
            violations.add(new Violation("riskLimitBase", "risk limits need positive notionals and steps >= 0"));
        }
        return violations;
    }

    private static void positive(List<Violation> violations, String field, BigDecimal value) {
        if (value.signum() <= 0) {
            violations.add(new Violation(field, "must be positive"));
        }
    }
}
