package io.clearstone.web.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.clearstone.domain.shared.Roles;
import io.clearstone.web.live.LiveFeed;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

/** The console's live stream: index moves, margin calls, liquidations, the insurance fund, systemic alerts. */
@Path("/events")
@RequestScoped
@Tag(name = "console")
public class EventsResource {

    @Inject
    LiveFeed feed;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed({Roles.RISK_OFFICER, Roles.ADMIN})
    @Operation(summary = "Server-sent events: index, margin, liquidation, insurance-fund, systemic-alert")
    public void subscribe(@Context SseEventSink sink, @Context Sse sse) {
        feed.register(sink, sse);
    }
}
