package io.clearstone.domain.instrument.wildfly;

import org.jboss.msc.service.ServiceActivator;
import org.jboss.msc.service.ServiceActivatorContext;

import io.clearstone.domain.instrument.DeployedArchives;

/**
 * Gives the plugin registry the server's view of its deployments while the application deploys (found by the service
 * loader: {@code META-INF/services/org.jboss.msc.service.ServiceActivator}): the registry then reads the deployment
 * modules from the server's service registry whenever it looks for plugins deployed beside the application.
 */
public class PluginDeploymentsActivator implements ServiceActivator {

    @Override
    public void activate(ServiceActivatorContext context) {
        DeployedArchives.from(new DeploymentModules(context.getServiceRegistry()));
    }
}
