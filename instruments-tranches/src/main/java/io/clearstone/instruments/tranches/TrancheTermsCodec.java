package io.clearstone.instruments.tranches;

import java.util.ArrayList;
import java.util.List;

import io.clearstone.instruments.spi.TermRange;
import io.clearstone.instruments.spi.TermsDocument;
import io.clearstone.instruments.spi.TermsException;
import io.clearstone.instruments.spi.Violation;

/**
 * Terms version 1, flat: pool, tranche, seniority (SENIOR, MEZZANINE, EQUITY), attachment, detachment, coupon,
 * underlying and settlementAsset.
 */
final class TrancheTermsCodec {

    static final int VERSION = 1;

    /** Shares of the pool's original par. */
    static final TermRange ATTACHMENT = TermRange.fromBelow("attachment", "0", "1");
    static final TermRange DETACHMENT = TermRange.aboveUpTo("detachment", "0", "1");
    static final TermRange COUPON = TermRange.closed("coupon", "0", "1");
    static final List<TermRange> RANGES = List.of(ATTACHMENT, DETACHMENT, COUPON);

    TrancheTerms decode(TermsDocument document, int version) {
        if (version != VERSION) {
            throw TermsException.of("version", "tranche terms exist in version 1 only");
        }
        TermsDocument.Reader reader = document.reader();
        TrancheTerms terms = new TrancheTerms(reader.text("pool"), reader.text("tranche"),
                reader.choice("seniority", Seniority.class), reader.decimal("attachment"),
                reader.decimal("detachment"), reader.decimal("coupon"), reader.text("underlying"),
                reader.text("settlementAsset"));
        reader.throwIfInvalid();
        return terms;
    }

    TermsDocument encode(TrancheTerms terms) {
        return TermsDocument.builder().put("pool", terms.pool()).put("tranche", terms.tranche())
                .put("seniority", terms.seniority()).put("attachment", terms.attachment())
                .put("detachment", terms.detachment()).put("coupon", terms.coupon())
                .put("underlying", terms.underlying()).put("settlementAsset", terms.settlementAsset()).build();
    }

    List<Violation> validate(TrancheTerms terms) {
        List<Violation> violations = new ArrayList<>();
        ATTACHMENT.check(terms.attachment(), violations);
        DETACHMENT.check(terms.detachment(), violations);
        if (terms.detachment().compareTo(terms.attachment()) <= 0) {
            violations.add(new Violation("detachment", "must be above attachment"));
        }
        COUPON.check(terms.coupon(), violations);
        if (terms.pool().isBlank()) {
            violations.add(new Violation("pool", "must name the pool"));
        }
        if (terms.tranche().isBlank()) {
            violations.add(new Violation("tranche", "must name the tranche"));
        }
        return violations;
    }
}
