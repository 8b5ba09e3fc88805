package io.clearstone.domain.oracle;

import java.time.Instant;
import java.util.List;

/**
 * A source of observations that the platform polls itself (as opposed to sources pushing through the API). Each
 * implementation is a CDI bean; {@link FeedPoller} submits what it returns through the same validation as pushed
 * observations, so a feed is never trusted more than an outside source.
 */
public interface PriceFeed {

    /** Whether this feed should be polled in this installation. */
    boolean active();

    /** The observations the feed has for this moment; each names its source. */
    List<ObservationRequest> poll(Instant now);
}
