package io.clearstone.domain.margin;

import io.clearstone.domain.shared.InvalidRequestException;

/** A position cannot be valued now (no fresh index, no volatility), so no margin can be computed for it. */
public class UnpriceablePositionException extends InvalidRequestException {

    public UnpriceablePositionException(long instrumentId, String reason) {
        super("risk/unpriceable-position", "Position cannot be valued", "instrumentId",
                "instrument " + instrumentId + " cannot be valued now: " + reason);
    }
}
