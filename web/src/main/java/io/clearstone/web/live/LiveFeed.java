package io.clearstone.web.live;

import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseBroadcaster;
import jakarta.ws.rs.sse.SseEventSink;

import io.clearstone.domain.live.LiveEvents;

/** One broadcaster for every console connected, fed by the domain's {@link LiveEvents}. */
@ApplicationScoped
public class LiveFeed {

    private final Jsonb json = JsonbBuilder.create();
    private Sse sse;
    private SseBroadcaster broadcaster;
    private Consumer<LiveEvents.LiveEvent> relay;

    @Inject
    LiveEvents events;

    public synchronized void register(SseEventSink sink, Sse sse) {
        if (broadcaster == null) {
            this.sse = sse;
            broadcaster = sse.newBroadcaster();
            relay = event -> broadcaster.broadcast(event(event.name(), event.data()));
            events.subscribe(relay);
        }
        broadcaster.register(sink);
        events.notHealthy().forEach(state -> sink.send(event("margin", state)));
        events.publishFundValue();
    }

    private OutboundSseEvent event(String name, Object data) {
        return sse.newEventBuilder().name(name).mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(String.class, json.toJson(data)).build();
    }

    @PreDestroy
    synchronized void close() {
        if (broadcaster != null) {
            events.unsubscribe(relay);
            broadcaster.close();
        }
    }
}
