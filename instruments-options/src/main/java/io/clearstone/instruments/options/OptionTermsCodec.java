package io.clearstone.instruments.options;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.clearstone.instruments.spi.TermRange;
import io.clearstone.instruments.spi.TermsDocument;
import io.clearstone.instruments.spi.TermsException;
import io.clearstone.instruments.spi.Violation;

/**
 * Terms version 1: {@code {"underlying":"BTC-USD","style":"INVERSE","right":"CALL","strike":70000,
 * "expiry":"2026-12-25T08:00:00Z","contractSize":1}}; {@code contractSize} defaults to 1.
 */
final class OptionTermsCodec {

    static final int VERSION = 1;

    /** In the index's quote currency: a billion is beyond any index the oracle prices. */
    static final TermRange STRIKE = TermRange.aboveUpTo("strike", "0", "1000000000");
    static final TermRange CONTRACT_SIZE = TermRange.aboveUpTo("contractSize", "0", "1000000");
    static final List<TermRange> RANGES = List.of(STRIKE, CONTRACT_SIZE);

    OptionTerms decode(TermsDocument document, int version) {
        if (version != VERSION) {
            throw TermsException.of("version", "option terms exist in version " + VERSION + " only, not " + version);
        }
        TermsDocument.Reader reader = document.reader();
        OptionTerms terms = new OptionTerms(reader.text("underlying"), reader.choice("style", SettlementStyle.class),
                reader.choice("right", OptionRight.class), reader.decimal("strike"), reader.instant("expiry"),
                reader.decimal("contractSize", BigDecimal.ONE));
        reader.throwIfInvalid();
        return terms;
    }

    TermsDocument encode(OptionTerms terms) {
        return TermsDocument.builder()
                .put("underlying", terms.underlying())
                .put("style", terms.style())
                .put("right", terms.right())
                .put("strike", terms.strike())
                .put("expiry", terms.expiry())
                .put("contractSize", terms.contractSize())
                .build();
    }

    List<Violation> validate(OptionTerms terms) {
        List<Violation> violations = new ArrayList<>();
        if (!terms.underlying().matches("[A-Z0-9]{2,12}-[A-Z0-9]{2,12}")) {
            violations.add(new Violation("underlying", "must be an index symbol like BTC-USD"));
        }
        STRIKE.check(terms.strike(), violations);
        CONTRACT_SIZE.check(terms.contractSize(), violations);
        return violations;
    }
}
