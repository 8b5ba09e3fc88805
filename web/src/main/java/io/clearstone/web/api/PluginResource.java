package io.clearstone.web.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.clearstone.domain.instrument.InstalledPlugin;
import io.clearstone.domain.instrument.Plugins;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The installed instrument plugins, described by their own info and where each comes from. */
@Path("/plugins")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "instruments")
public class PluginResource {

    @EJB
    Plugins plugins;

    @GET
    @Operation(summary = "Installed instrument plugins: type id, versions, help, configurable properties and source "
            + "(bundled in the EAR, or the name of the deployment that installed it into the running server)")
    public List<InstalledPlugin> installed() {
        return plugins.installedWithSource();
    }
}
