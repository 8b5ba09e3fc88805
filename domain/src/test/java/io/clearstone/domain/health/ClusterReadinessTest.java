package io.clearstone.domain.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class ClusterReadinessTest {

    @Test
    void readyWhenThisNodeIsAMemberAndSomeMemberRunsTheEngine() {
        HealthCheckResponse response = ClusterReadiness.of(new ClusterStatus.View("node-2", true,
                List.of("node-1", "node-2"), "node-1", false, null));

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(response.getData().orElseThrow()).containsEntry("engineNode", "node-1")
                .containsEntry("members", "node-1, node-2").containsEntry("engineHere", false);
    }

    @Test
    void notReadyWhileNoMemberRunsTheEngine() {
        HealthCheckResponse response = ClusterReadiness.of(new ClusterStatus.View("node-1", true,
                List.of("node-1", "node-2"), null, false, null));

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(response.getData().orElseThrow()).containsEntry("engineNode", "none");
    }

    @Test
    void notReadyWhenThisNodeIsNotAmongTheMembers() {
        HealthCheckResponse response = ClusterReadiness.of(new ClusterStatus.View("node-3", true,
                List.of("node-1", "node-2"), "node-1", false, null));

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    }

    @Test
    void theSingleServerIsItsOwnEngine() {
        HealthCheckResponse response = ClusterReadiness.of(new ClusterStatus.View("solo", false, List.of("solo"),
                "solo", true, Instant.now()));

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    }
}
