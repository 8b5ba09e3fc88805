package io.clearstone.domain.instrument;

/**
 * An archive the server has deployed on its own, beside the application (a plugin jar an operator dropped into
 * {@code deployments/} or deployed with jboss-cli), as WildFly's module system gives it: its name and the class loader
 * of its module. The registry looks in it for plugins.
 */
public interface DeployedArchive {

    /** The deployment's name, e.g. {@code instruments-digital.jar}. */
    String name();

    /** The class loader of the deployment's module. */
    ClassLoader classLoader();

    /**
     * Loads every class the archive holds, so that a plugin taken from it keeps working once the archive is
     * undeployed and its jar closed (classes already loaded need nothing from the jar).
     */
    void loadAllClasses();
}
