package io.clearstone.instruments.spi;

import java.time.Instant;
import java.util.OptionalDouble;

/**
 * What a trading venue reported for one instrument at one instant: its impact bid and ask (the prices at which a
 * standard-size order would fill), its own mark price, or both; and the index price when the platform received it,
 * so that the venue's basis (its price minus the index) survives later index moves.
 */
public record VenueQuote(String venue, Instant observedAt, double indexAtObservation, OptionalDouble impactBid,
                         OptionalDouble impactAsk, OptionalDouble venueMark) {

    public VenueQuote {
        if (!(indexAtObservation > 0)) {
            throw new IllegalArgumentException("a venue quote needs the index it was observed against");
        }
        if (impactBid.isPresent() != impactAsk.isPresent()) {
            throw new IllegalArgumentException("impact bid and ask come together");
        }
        if (impactBid.isEmpty() && venueMark.isEmpty()) {
            throw new IllegalArgumentException("a venue quote reports impact prices, a mark, or both");
        }
    }

    /** The venue's price level: its mark if it reported one, otherwise the middle of its impact prices. */
    public double venuePrice() {
        return venueMark.isPresent() ? venueMark.getAsDouble()
                : (impactBid.getAsDouble() + impactAsk.getAsDouble()) / 2;
    }

    /** The venue's price minus the index it was observed against. */
    public double basis() {
        return venuePrice() - indexAtObservation;
    }
}
