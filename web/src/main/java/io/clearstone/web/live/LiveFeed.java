package io.clearstone.web.live;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import io.clearstone.domain.live.LiveEvents;

/**
 * Every console connected, fed by the domain's {@link LiveEvents}. Neither the threads that publish (index ticks,
 * liquidations, margin calls) nor the application's shutdown ever wait on a client's socket: publishing only queues
 * the event for a dispatcher thread of the feed's own, which hands it to each subscriber without waiting for the
 * write ({@link LiveSubscriber}); at shutdown every stream is ended cleanly on threads of the feed's own, and the
 * connections of those that did not end within {@link #CLOSE_GRACE} (a client that stopped reading) are dropped.
 * RESTEasy's own broadcaster is not used: its close waits, without a bound, for a flush that a client which stopped
 * reading never lets complete, and that held the undeployment and the server's shutdown forever.
 */
@ApplicationScoped
public class LiveFeed {

    private static final Logger LOG = Logger.getLogger(LiveFeed.class.getName());
    /** Events a subscriber may leave unwritten before it is cut off as a client that stopped reading. */
    static final int MAX_IN_FLIGHT = 256;
    /** Events published and not yet dispatched, beyond which new ones are dropped rather than the publisher held. */
    static final int MAX_QUEUED = 10_000;
    /** How long the shutdown lets the streams end cleanly before it drops their connections. */
    static final Duration CLOSE_GRACE = Duration.ofSeconds(2);
    private static final int CLOSERS = 2;

    private final Jsonb json = io.clearstone.web.json.ApiJson.create();
    private final Set<LiveSubscriber> subscribers = new CopyOnWriteArraySet<>();
    private final Consumer<LiveEvents.LiveEvent> relay = this::publish;
    private volatile Sse sse;
    private ThreadPoolExecutor dispatcher;
    private ThreadPoolExecutor closers;
    private boolean subscribed;

    @Inject
    LiveEvents events;
    @Resource
    ManagedThreadFactory threads;

    @PostConstruct
    void start() {
        dispatcher = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(MAX_QUEUED),
                threads, (event, full) -> {
                    if (!full.isShutdown()) {
                        LOG.warning("live event dropped: " + MAX_QUEUED + " waiting to dispatch");
                    }
                });
        // started now: a thread factory may refuse new threads while the application stops
        closers = new ThreadPoolExecutor(CLOSERS, CLOSERS, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(10_000),
                threads);
        dispatcher.prestartAllCoreThreads();
        closers.prestartAllCoreThreads();
    }

    /** Called on the subscribing request's thread: the connection is the one that request came on. */
    public void register(SseEventSink sink, Sse sse) {
        register(sink, sse, UndertowConnection.current());
    }

    synchronized void register(SseEventSink sink, Sse sse, Connection connection) {
        this.sse = sse;
        LiveSubscriber subscriber = new LiveSubscriber(sink, connection, MAX_IN_FLIGHT);
        subscribers.add(subscriber);
        if (!subscribed) {
            events.subscribe(relay);
            subscribed = true;
        }
        events.notHealthy().forEach(state -> subscriber.deliver(event("margin", state)));
        events.publishFundValue();
    }

    /** Runs on the publisher's thread: queues only. */
    void publish(LiveEvents.LiveEvent event) {
        if (subscribers.isEmpty()) {
            return;
        }
        OutboundSseEvent outbound = event(event.name(), event.data());
        dispatcher.execute(() -> dispatch(outbound));
    }

    private void dispatch(OutboundSseEvent event) {
        for (LiveSubscriber subscriber : subscribers) {
            if (!subscriber.deliver(event)) {
                subscribers.remove(subscriber);
            }
        }
    }

    private OutboundSseEvent event(String name, Object data) {
        return sse.newEventBuilder().name(name).mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(String.class, json.toJson(data)).build();
    }

    @PreDestroy
    synchronized void close() {
        if (subscribed) {
            events.unsubscribe(relay);
        }
        dispatcher.shutdownNow();
        List<LiveSubscriber> open = List.copyOf(subscribers);
        subscribers.clear();
        endWithin(open, CLOSE_GRACE, closers);
        closers.shutdownNow(); // releases any close still waiting on a client: its connection is gone already
    }

    /** Ends every stream cleanly where the client lets it within the grace; drops the connection of the others. */
    static void endWithin(List<LiveSubscriber> open, Duration grace, Executor closers) {
        List<CompletableFuture<Void>> ending = open.stream().map(subscriber -> {
            try {
                return CompletableFuture.runAsync(subscriber::closeGracefully, closers);
            } catch (RejectedExecutionException stopping) {
                return CompletableFuture.<Void>failedFuture(stopping);
            }
        }).toList();
        try {
            CompletableFuture.allOf(ending.toArray(CompletableFuture[]::new))
                    .get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException | InterruptedException notAllEnded) {
            if (notAllEnded instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
        int dropped = 0;
        for (int i = 0; i < open.size(); i++) {
            CompletableFuture<Void> ended = ending.get(i);
            if (!ended.isDone() || ended.isCompletedExceptionally()) {
                open.get(i).abort();
                dropped++;
            }
        }
        if (dropped > 0) {
            int count = dropped;
            LOG.info(() -> count + " live subscriber(s) not reading: connection dropped at shutdown");
        }
    }
}
