package io.clearstone.instruments.perps;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.clearstone.instruments.spi.TermsDocument;
import io.clearstone.instruments.spi.TermsException;
import io.clearstone.instruments.spi.Violation;

/**
 * Terms version 1, flat: underlying, style, contractSize, tickSize, fundingIntervalHours (1 or 8), and optional
 * interestRate (0.0001), premiumClamp (0.0005), fundingCap (0.0075), markBand (0.005), riskLimitBase (1,000,000),
 * riskLimitStep (1,000,000), riskLimitSteps (9), initialMargin (0.01), maintenanceMargin (0.005), marginStep (0.005).
 */
final class PerpetualTermsCodec {

    static final int VERSION = 1;

    PerpetualTerms decode(TermsDocument document, int version) {
        if (version != VERSION) {
            throw TermsException.of("version", "perpetual terms exist in version 1 only");
        }
        TermsDocument.Reader reader = document.reader();
        BigDecimal hours = reader.decimal("fundingIntervalHours");
        PerpetualTerms terms = new PerpetualTerms(reader.text("underlying"), reader.choice("style", ContractStyle.class),
                reader.decimal("contractSize"), reader.decimal("tickSize"),
                hours == null ? null : Duration.ofHours(hours.longValue()),
                reader.decimal("interestRate", new BigDecimal("0.0001")),
                reader.decimal("premiumClamp", new BigDecimal("0.0005")),
                reader.decimal("fundingCap", new BigDecimal("0.0075")),
                reader.decimal("markBand", new BigDecimal("0.005")),
                new PerpetualTerms.RiskLimitTerms(reader.decimal("riskLimitBase", new BigDecimal("1000000")),
                        reader.decimal("riskLimitStep", new BigDecimal("1000000")),
                        reader.decimal("riskLimitSteps", new BigDecimal("9")).intValue(),
                        reader.decimal("initialMargin", new BigDecimal("0.01")),
                        reader.decimal("maintenanceMargin", new BigDecimal("0.005")),
                        reader.decimal("marginStep", new BigDecimal("0.005"))));
        reader.throwIfInvalid();
        return terms;
    }

    TermsDocument encode(PerpetualTerms terms) {
        PerpetualTerms.RiskLimitTerms limits = terms.riskLimits();
        return TermsDocument.builder()
                .put("underlying", terms.underlying()).put("style", terms.style())
                .put("contractSize", terms.contractSize()).put("tickSize", terms.tickSize())
                .put("fundingIntervalHours", BigDecimal.valueOf(terms.fundingInterval().toHours()))
                .put("interestRate", terms.interestRate()).put("premiumClamp", terms.premiumClamp())
                .put("fundingCap", terms.fundingCap()).put("markBand", terms.markBand())
                .put("riskLimitBase", limits.baseNotional()).put("riskLimitStep", limits.stepNotional())
                .put("riskLimitSteps", BigDecimal.valueOf(limits.steps()))
                .put("initialMargin", limits.initialRate()).put("maintenanceMargin", limits.maintenanceRate())
                .put("marginStep", limits.rateStep())
                .build();
    }

    List<Violation> validate(PerpetualTerms terms) {
        List<Violation> violations = new ArrayList<>();
        if (!terms.underlying().matches("[A-Z0-9]{2,12}-[A-Z0-9]{2,12}")) {
            violations.add(new Violation("underlying", "must be an index symbol like BTC-USD"));
        }
        positive(violations, "contractSize", terms.contractSize());
        positive(violations, "tickSize", terms.tickSize());
        long hours = terms.fundingInterval().toHours();
        if (hours != 1 && hours != 8) {
            violations.add(new Violation("fundingIntervalHours", "must be 1 or 8"));
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
