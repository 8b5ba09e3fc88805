package io.clearstone.web.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LiveFeedShutdownTest {

    private final ExecutorService closers = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopClosers() {
        closers.shutdownNow();
    }

    @Test
    void streamsEndCleanlyAndOnlyTheConnectionsOfClientsNotReadingAreDroppedWithinTheGrace() {
        ScriptedSink reading = ScriptedSink.reading();
        ScriptedSink stalled = ScriptedSink.stoppedReading();
        List<LiveSubscriber> open = List.of(new LiveSubscriber(reading, reading.connection(), 10),
                new LiveSubscriber(stalled, stalled.connection(), 10));

        long started = System.nanoTime();
        LiveFeed.endWithin(open, Duration.ofMillis(300), closers);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).as("the shutdown waits the grace, not for the client").isLessThan(Duration.ofSeconds(2));
        assertThat(reading.isClosed()).as("stream ended cleanly").isTrue();
        assertThat(reading.connectionDropped.getCount()).as("its connection left alone").isEqualTo(1);
        assertThat(stalled.connectionDropped.getCount()).as("connection of the client not reading dropped")
                .isZero();
    }

    @Test
    void withNoThreadLeftToCloseOnEveryConnectionIsDroppedAtOnce() {
        ScriptedSink reading = ScriptedSink.reading();
        closers.shutdown();

        LiveFeed.endWithin(List.of(new LiveSubscriber(reading, reading.connection(), 10)), Duration.ofSeconds(30),
                closers);

        assertThat(reading.connectionDropped.getCount()).isZero();
    }
}
