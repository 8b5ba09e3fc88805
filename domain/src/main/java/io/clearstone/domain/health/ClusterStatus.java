package io.clearstone.domain.health;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Which members run the application and which of them runs the clearing engine, as this node sees it: for the
 * readiness check, the admin API and the console. The clearing engine feeds it (it knows WildFly's singleton
 * service); it lives with the health checks in the EAR's {@code lib/} so that the readiness check can read it.
 */
@ApplicationScoped
public class ClusterStatus {

    /**
     * One look at the cluster.
     *
     * @param node        this node's name ({@code jboss.node.name})
     * @param clustered   whether the server runs WildFly's clustered (HA) singleton policy, not the local one
     * @param members     the members the engine may run on (every node with the application deployed), by name
     * @param engineNode  the member elected to run the engine, or null while none is (e.g. during an election)
     * @param engineHere  whether this node runs the engine now (elected and taken over)
     * @param engineSince when this node took the engine over, or null when it does not run it
     */
    public record View(String node, boolean clustered, List<String> members, String engineNode, boolean engineHere,
                       Instant engineSince) {
    }

    private static final View UNKNOWN = new View(System.getProperty("jboss.node.name", "?"), false, List.of(), null,
            false, null);

    private volatile Supplier<View> source = () -> UNKNOWN;

    public View view() {
        return source.get();
    }

    /** Where the view comes from (the clearing engine, once it has started). */
    public void from(Supplier<View> source) {
        this.source = source;
    }
}
