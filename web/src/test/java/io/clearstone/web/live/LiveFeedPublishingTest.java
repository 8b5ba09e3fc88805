package io.clearstone.web.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.clearstone.domain.live.LiveEvents;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseBroadcaster;
import jakarta.ws.rs.sse.SseEventSink;

/** Publishing (an index tick, a liquidation) never waits on a subscriber's socket. */
class LiveFeedPublishingTest {

    private final LiveFeed feed = new LiveFeed();

    LiveFeedPublishingTest() {
        feed.threads = new PlainThreads();
        feed.events = new LiveEvents() {
            @Override
            public void publishFundValue() {
                // needs the database: not what is tested here
            }
        };
        feed.start();
    }

    @AfterEach
    void stop() {
        feed.close();
    }

    @Test
    void aClientThatStoppedReadingIsCutOffWhileTheOthersGetEveryEvent() throws Exception {
        ScriptedSink stalled = ScriptedSink.stoppedReading();
        ScriptedSink reading = ScriptedSink.reading();
        feed.register(stalled, new FakeSse(), stalled.connection());
        feed.register(reading, new FakeSse(), reading.connection());
        int published = LiveFeed.MAX_IN_FLIGHT * 4;

        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            for (int i = 0; i < published; i++) {
                feed.publish(new LiveEvents.LiveEvent("index", i));
            }
        });

        Instant deadline = Instant.now().plusSeconds(10);
        while (reading.sent.get() < published && Instant.now().isBefore(deadline)) {
            Thread.sleep(10);
        }
        assertThat(reading.sent).as("the reading client got every event").hasValue(published);
        assertThat(reading.connectionDropped.getCount()).isEqualTo(1);
        assertThat(stalled.connectionDropped.getCount()).as("the client not reading cut off").isZero();
        assertThat(stalled.sent).as("no more queued for it than the bound").hasValue(LiveFeed.MAX_IN_FLIGHT);
    }

    @Test
    void aSendThatBlocksDoesNotHoldThePublisher() {
        CountDownLatch never = new CountDownLatch(1);
        SseEventSink blocking = new SseEventSink() {
            @Override
            public boolean isClosed() {
                return false;
            }

            @Override
            public CompletionStage<?> send(OutboundSseEvent event) {
                try {
                    never.await(); // a blocking write to a socket whose client does not read
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return CompletableFuture.completedFuture(null);
            }

            @Override
            public void close() {
            }
        };
        feed.register(blocking, new FakeSse(), () -> { });

        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            for (int i = 0; i < 100; i++) {
                feed.publish(new LiveEvents.LiveEvent("liquidation", i));
            }
        });
    }

    /** Threads as the server's default managed thread factory would give them. */
    private static final class PlainThreads implements ManagedThreadFactory {
        @Override
        public Thread newThread(Runnable task) {
            Thread thread = Executors.defaultThreadFactory().newThread(task);
            thread.setDaemon(true);
            return thread;
        }

        @Override
        public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
            return ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
        }
    }

    /** Builds events whose content does not matter here. */
    private static final class FakeSse implements Sse {
        @Override
        public OutboundSseEvent.Builder newEventBuilder() {
            return new OutboundSseEvent.Builder() {
                @Override
                public OutboundSseEvent.Builder id(String id) {
                    return this;
                }

                @Override
                public OutboundSseEvent.Builder name(String name) {
                    return this;
                }

                @Override
                public OutboundSseEvent.Builder reconnectDelay(long milliseconds) {
                    return this;
                }

                @Override
                public OutboundSseEvent.Builder mediaType(MediaType mediaType) {
                    return this;
                }

                @Override
                public OutboundSseEvent.Builder comment(String comment) {
                    return this;
                }

                @Override
                @SuppressWarnings("rawtypes")
                public OutboundSseEvent.Builder data(Class type, Object data) {
                    return this;
                }

                @Override
                @SuppressWarnings("rawtypes")
                public OutboundSseEvent.Builder data(GenericType type, Object data) {
                    return this;
                }

                @Override
                public OutboundSseEvent.Builder data(Object data) {
                    return this;
                }

                @Override
                public OutboundSseEvent build() {
                    return null;
                }
            };
        }

        @Override
        public SseBroadcaster newBroadcaster() {
            throw new UnsupportedOperationException();
        }
    }
}
