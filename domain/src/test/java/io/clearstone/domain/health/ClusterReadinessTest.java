package io.clearstone.domain.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class ClusterReadinessTest {

    @Test
    void readyWhenThisNodeIsAMemberAndSomeMemberRunsTheEngine() {
        assertThat(ClusterReadiness.ready(new ClusterStatus.View("node-2", true, List.of("node-1", "node-2"),
                "node-1", false, null))).isTrue();
    }

    @Test
    void notReadyWhileNoMemberRunsTheEngine() {
        assertThat(ClusterReadiness.ready(new ClusterStatus.View("node-1", true, List.of("node-1", "node-2"),
                null, false, null))).isFalse();
    }

    @Test
    void notReadyWhenThisNodeIsNotAmongTheMembers() {
        assertThat(ClusterReadiness.ready(new ClusterStatus.View("node-3", true, List.of("node-1", "node-2"),
                "node-1", false, null))).isFalse();
    }

    @Test
    void theSingleServerIsItsOwnEngine() {
        assertThat(ClusterReadiness.ready(new ClusterStatus.View("solo", false, List.of("solo"), "solo", true,
                Instant.now()))).isTrue();
    }
}
