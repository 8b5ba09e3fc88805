package io.clearstone.domain.health;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Ready while this node is a member of the cluster (one of the singleton's providers) and some member runs the
 * clearing engine: without an engine no margin is enforced and nothing is liquidated, so a load balancer must not
 * send trades to a cluster that has none. The data names this node, the members and the engine's node.
 */
@Readiness
@ApplicationScoped
public class ClusterReadiness implements HealthCheck {

    @Inject
    ClusterStatus cluster;

    @Override
    public HealthCheckResponse call() {
        return of(cluster.view());
    }

    /** A member of the cluster, which has an engine somewhere. */
    static boolean ready(ClusterStatus.View view) {
        return view.members().contains(view.node()) && view.engineNode() != null;
    }

    static HealthCheckResponse of(ClusterStatus.View view) {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("cluster")
                .status(ready(view))
                .withData("node", view.node())
                .withData("clustered", view.clustered())
                .withData("members", String.join(", ", view.members()))
                .withData("engineNode", view.engineNode() == null ? "none" : view.engineNode())
                .withData("engineHere", view.engineHere());
        return response.build();
    }
}
