package io.clearstone.domain.venue;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A venue report as recorded, and what it did to the instrument's mark.
 *
 * @param basis     the venue's price (its mark, or the middle of its impact prices) minus the index
 * @param markPrice the instrument's mark price once this report is counted; null while it cannot be priced
 */
public record VenueQuoteReceipt(long id, long instrumentId, String venue, Instant observedAt, BigDecimal indexPrice,
                                double basis, Double markPrice) {
}
