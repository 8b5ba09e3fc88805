package io.clearstone.domain.instrument;

import java.util.List;
import java.util.function.Supplier;

/**
 * Where the server tells the application which archives it has deployed beside it. The server side
 * ({@code instrument.wildfly.PluginDeploymentsActivator}) sets the source while the application deploys; outside
 * WildFly (unit tests) there is none. One per deployment: statics live in the application's class loader.
 */
public final class DeployedArchives {

    private static volatile Supplier<List<DeployedArchive>> source = List::of;

    private DeployedArchives() {
    }

    /** Called once by the server side when the application deploys. */
    public static void from(Supplier<List<DeployedArchive>> archives) {
        source = archives;
    }

    /** The archives deployed now. */
    static List<DeployedArchive> current() {
        return source.get();
    }
}
