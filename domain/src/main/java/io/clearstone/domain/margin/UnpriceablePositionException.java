package io.clearstone.domain.margin;

import io.clearstone.domain.shared.InvalidRequestException;

/** A position cannot be valued now (no fresh index, no volatility), so no margin can be computed for it. */
public class UnpriceablePositionException extends InvalidRequestException {

    private final String missing;

    public UnpriceablePositionException(long instrumentId, String reason) {
        this(instrumentId, reason, null);
    }

    /** @param missing the index symbol whose want makes it unpriceable, when that is the cause */
    public UnpriceablePositionException(long instrumentId, String reason, String missing) {
        super("risk/unpriceable-position", "Position cannot be valued", "instrumentId",
                "instrument " + instrumentId + " cannot be valued now: " + reason);
        this.missing = missing;
    }

    /** What the position lacks: an index symbol (e.g. {@code USDC-USD}), or the whole reason when it is not one. */
    public String missing() {
        return missing != null ? missing : getMessage();
    }
}
