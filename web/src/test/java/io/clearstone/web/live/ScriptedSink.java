package io.clearstone.web.live;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.SseEventSink;

/**
 * A sink whose client either reads (every send written at once), stopped reading (no send ever written, and a
 * graceful close waits for the unwritten ones as RESTEasy's does, until the connection is dropped) or went away
 * (every send fails).
 */
final class ScriptedSink implements SseEventSink {

    private final boolean reading;
    private final boolean failing;
    final AtomicInteger sent = new AtomicInteger();
    final CountDownLatch connectionDropped = new CountDownLatch(1);
    private volatile boolean closed;

    private ScriptedSink(boolean reading) {
        this(reading, false);
    }

    private ScriptedSink(boolean reading, boolean failing) {
        this.reading = reading;
        this.failing = failing;
    }

    /** A client that closed its connection: every write fails. */
    static ScriptedSink goneAway() {
        return new ScriptedSink(true, true);
    }

    static ScriptedSink reading() {
        return new ScriptedSink(true);
    }

    static ScriptedSink stoppedReading() {
        return new ScriptedSink(false);
    }

    /** The connection under this sink: dropping it releases a close waiting on the client. */
    Connection connection() {
        return connectionDropped::countDown;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public CompletionStage<?> send(OutboundSseEvent event) {
        sent.incrementAndGet();
        if (failing) {
            return CompletableFuture.failedFuture(new java.io.IOException("connection reset by peer"));
        }
        return reading ? CompletableFuture.completedFuture(null) : new CompletableFuture<>();
    }

    @Override
    public void close() {
        closed = true;
        if (!reading) {
            try {
                connectionDropped.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
