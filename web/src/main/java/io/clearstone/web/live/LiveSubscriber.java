package io.clearstone.web.live;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.SseEventSink;

/**
 * One connected console. Events are handed to its sink without waiting for the client; a client that leaves more
 * than {@code maxInFlight} events unwritten (it stopped reading: a frozen tab, a stalled network) is cut off rather
 * than buffered for without end, and the console reconnects.
 */
final class LiveSubscriber {

    private static final Logger LOG = Logger.getLogger(LiveSubscriber.class.getName());

    private final SseEventSink sink;
    private final Connection connection;
    private final int maxInFlight;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicBoolean gone = new AtomicBoolean();

    LiveSubscriber(SseEventSink sink, Connection connection, int maxInFlight) {
        this.sink = sink;
        this.connection = connection;
        this.maxInFlight = maxInFlight;
    }

    /**
     * Queues the event for this client and returns at once; false if the subscriber is gone (closed, failed or cut
     * off as too slow), and should be forgotten.
     */
    boolean deliver(OutboundSseEvent event) {
        if (gone.get()) {
            return false;
        }
        if (sink.isClosed()) {
            gone.set(true);
            return false;
        }
        if (inFlight.incrementAndGet() > maxInFlight) {
            LOG.info(() -> "live subscriber cut off: " + maxInFlight + " events unwritten, it stopped reading");
            abort();
            return false;
        }
        try {
            sink.send(event).whenComplete((written, failure) -> {
                inFlight.decrementAndGet();
                if (failure != null) {
                    // the client went away: its connection is failed already, and RESTEasy closes the sink
                    gone.set(true);
                }
            });
            return true;
        } catch (RuntimeException closedMeanwhile) {
            inFlight.decrementAndGet();
            gone.set(true);
            return false;
        }
    }

    boolean isGone() {
        return gone.get();
    }

    /**
     * Ends the stream cleanly (the client sees it end). May wait as long as the client does not read: call it only
     * on a thread that can be abandoned, and {@link #abort()} if it takes too long.
     */
    void closeGracefully() {
        if (gone.compareAndSet(false, true)) {
            sink.close();
        }
    }

    /** Drops the connection at once, without waiting on the client. */
    void abort() {
        gone.set(true);
        connection.abort();
    }
}
