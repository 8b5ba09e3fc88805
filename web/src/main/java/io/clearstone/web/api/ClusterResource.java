package io.clearstone.web.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.clearstone.domain.health.ClusterStatus;
import io.clearstone.domain.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The cluster as the node that answers sees it: its members and which of them runs the clearing engine. */
@Path("/cluster")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "operations")
public class ClusterResource {

    @Inject
    ClusterStatus cluster;

    @GET
    @RolesAllowed({Roles.RISK_OFFICER, Roles.ADMIN})
    @Operation(summary = "This node, the cluster's members and the node that runs the clearing engine")
    public ClusterStatus.View view() {
        return cluster.view();
    }
}
