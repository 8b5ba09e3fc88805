package io.clearstone.domain.instrument;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.Extension;

/**
 * Refuses a deployment whose {@code lib/} holds two plugins claiming one type id while CDI validates it, before any
 * EJB starts. {@link Plugins} finds the same conflict when it starts, but by then the application's timers may
 * already be running: a timer that calls an EJB while a startup singleton has failed waits for a start that never
 * comes, and the deployment's rollback waits for that timer — on a slow start the server was left unable to deploy
 * anything. Failing here, no timer has started yet.
 */
public class PluginConflictCheck implements Extension {

    void refuseConflictingPlugins(@Observes AfterDeploymentValidation validation) {
        try {
            PluginRegistry.byTypeId(PluginRegistry.installedPlugins());
        } catch (IllegalStateException conflict) {
            validation.addDeploymentProblem(conflict);
        }
    }
}
