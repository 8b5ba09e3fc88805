package io.clearstone.web.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.clearstone.domain.shared.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Who the server thinks the caller is, and with which roles. */
@Tag(name = "caller")
@Path("/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    CallerResolver callers;

    @GET
    @Operation(summary = "Who the caller is: name and roles")
    public Identity me() {
        Caller caller = callers.caller();
        return new Identity(caller.name(), caller.roles().stream().sorted().toList());
    }

    /** The caller's principal name and roles. */
    public record Identity(String name, List<String> roles) {
    }
}
