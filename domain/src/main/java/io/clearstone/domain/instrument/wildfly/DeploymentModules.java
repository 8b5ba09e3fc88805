package io.clearstone.domain.instrument.wildfly;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.jboss.modules.Module;
import org.jboss.modules.ModuleClassLoader;
import org.jboss.modules.Resource;
import org.jboss.msc.service.ServiceController;
import org.jboss.msc.service.ServiceName;
import org.jboss.msc.service.ServiceRegistry;

import io.clearstone.domain.instrument.DeployedArchive;

/**
 * The deployments' modules, as WildFly's service registry holds them: for each deployment (and each part of an EAR)
 * the server runs a service {@code jboss.module.service."deployment.<name>"} whose value, while it is UP, is the
 * deployment's {@link Module}. The registry lists them all, the application's own included; it tells a plugin
 * deployment by the plugins its module defines itself.
 */
final class DeploymentModules implements Supplier<List<DeployedArchive>> {

    static final ServiceName MODULE_SERVICES = ServiceName.JBOSS.append("module", "service");
    private static final String DEPLOYMENT_PREFIX = "deployment.";
    private static final Logger LOG = Logger.getLogger(DeploymentModules.class.getName());

    private final ServiceRegistry services;

    DeploymentModules(ServiceRegistry services) {
        this.services = services;
    }

    @Override
    public List<DeployedArchive> get() {
        List<DeployedArchive> archives = new ArrayList<>();
        for (ServiceName name : services.getServiceNames()) {
            String module = deploymentModuleName(name);
            if (module == null) {
                continue;
            }
            ServiceController<?> controller = services.getService(name);
            if (controller != null && controller.getState() == ServiceController.State.UP
                    && controller.getValue() instanceof Module loaded) {
                archives.add(new ModuleArchive(module.substring(DEPLOYMENT_PREFIX.length()), loaded));
            }
        }
        return archives;
    }

    /** {@code deployment.x.jar} for {@code jboss.module.service."deployment.x.jar"} (and its older ".main" form). */
    static String deploymentModuleName(ServiceName name) {
        if (!MODULE_SERVICES.isParentOf(name) || name.equals(MODULE_SERVICES)) {
            return null;
        }
        ServiceName below = name;
        while (!MODULE_SERVICES.equals(below.getParent())) {
            below = below.getParent();
        }
        String module = below.getSimpleName();
        return module.startsWith(DEPLOYMENT_PREFIX) ? module : null;
    }

    private record ModuleArchive(String name, Module module) implements DeployedArchive {

        @Override
        public ClassLoader classLoader() {
            return module.getClassLoader();
        }

        @Override
        public void loadAllClasses() {
            ModuleClassLoader loader = module.getClassLoader();
            int loaded = 0;
            for (Iterator<Resource> it = loader.iterateResources("", true); it.hasNext(); ) {
                String path = it.next().getName();
                if (!path.endsWith(".class") || path.endsWith("module-info.class")
                        || path.endsWith("package-info.class")) {
                    continue;
                }
                String className = path.substring(0, path.length() - ".class".length()).replace('/', '.');
                try {
                    if (Class.forName(className, false, loader).getClassLoader() == loader) {
                        loaded++;
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    LOG.log(Level.FINE, "deployment " + name + ": class " + className + " not loaded", e);
                }
            }
            int count = loaded;
            LOG.fine(() -> "deployment " + name + ": " + count + " classes loaded");
        }
    }
}
