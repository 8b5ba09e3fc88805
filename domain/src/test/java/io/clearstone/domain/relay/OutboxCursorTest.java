package io.clearstone.domain.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class OutboxCursorTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Instant T0 = Instant.parse("2026-12-01T12:00:00Z");

    @Test
    void rowsInOrderAreDeliveredOnceAndMoveTheWatermark() {
        OutboxCursor cursor = new OutboxCursor(100, TIMEOUT);

        assertThat(cursor.accept(List.of(101L, 102L, 103L), T0)).containsExactly(101L, 102L, 103L);
        assertThat(cursor.watermark()).isEqualTo(103);
        assertThat(cursor.accept(List.of(102L, 103L, 104L), T0)).containsExactly(104L);
        assertThat(cursor.gaps()).isEmpty();
    }

    @Test
    void rowsAtOrBelowTheStartAreNotDelivered() {
        OutboxCursor cursor = new OutboxCursor(100, TIMEOUT);

        assertThat(cursor.accept(List.of(99L, 100L), T0)).isEmpty();
        assertThat(cursor.watermark()).isEqualTo(100);
    }

    /** 102 committed after 103 was read: the watermark waits at the gap, and 102 is delivered when it appears. */
    @Test
    void anIdThatCommitsLateIsDeliveredLateAndOnlyOnce() {
        OutboxCursor cursor = new OutboxCursor(100, TIMEOUT);

        assertThat(cursor.accept(List.of(101L, 103L), T0)).containsExactly(101L, 103L);
        assertThat(cursor.gaps()).containsExactly(102L);
        assertThat(cursor.watermark()).isEqualTo(101);
        assertThat(cursor.highestRead()).isEqualTo(103);

        assertThat(cursor.accept(List.of(), T0.plusSeconds(2))).isEmpty();
        assertThat(cursor.watermark()).as("still waiting at the gap").isEqualTo(101);

        assertThat(cursor.accept(List.of(102L, 104L), T0.plusSeconds(3))).containsExactly(102L, 104L);
        assertThat(cursor.gaps()).isEmpty();
        assertThat(cursor.watermark()).isEqualTo(104);
        assertThat(cursor.accept(List.of(102L, 103L, 104L), T0.plusSeconds(4))).as("never twice").isEmpty();
    }

    /** A rolled-back insert leaves an id no row will ever have: given up after the timeout, never delivered after. */
    @Test
    void aGapOlderThanTheTimeoutIsGivenUp() {
        OutboxCursor cursor = new OutboxCursor(100, TIMEOUT);
        cursor.accept(List.of(102L), T0);

        cursor.accept(List.of(), T0.plus(TIMEOUT).minusMillis(1));
        assertThat(cursor.gaps()).containsExactly(101L);

        cursor.accept(List.of(), T0.plus(TIMEOUT));
        assertThat(cursor.gaps()).isEmpty();
        assertThat(cursor.watermark()).isEqualTo(102);
        assertThat(cursor.accept(List.of(101L), T0.plus(TIMEOUT).plusSeconds(1))).as("too late: given up").isEmpty();
    }

    /** Each gap has its own clock, from when it was first found missing. */
    @Test
    void gapsExpireEachFromWhenItWasFirstMissed() {
        OutboxCursor cursor = new OutboxCursor(100, TIMEOUT);
        cursor.accept(List.of(102L), T0);
        cursor.accept(List.of(104L), T0.plusSeconds(5));
        assertThat(cursor.gaps()).containsExactly(101L, 103L);

        cursor.accept(List.of(), T0.plusSeconds(10));
        assertThat(cursor.gaps()).containsExactly(103L);
        assertThat(cursor.watermark()).isEqualTo(102);

        assertThat(cursor.accept(List.of(103L), T0.plusSeconds(12))).containsExactly(103L);
        assertThat(cursor.watermark()).isEqualTo(104);
    }

    @Test
    void idsReadOutOfOrderAreDeliveredInIdOrder() {
        OutboxCursor cursor = new OutboxCursor(0, TIMEOUT);

        assertThat(cursor.accept(List.of(3L, 1L, 2L, 2L), T0)).containsExactly(1L, 2L, 3L);
        assertThat(cursor.gaps()).isEmpty();
    }

    /** A sequence that jumped a large block (PostgreSQL after a crash) does not make a million gaps. */
    @Test
    void aHugeJumpTracksOnlyTheIdsJustBelowIt() {
        OutboxCursor cursor = new OutboxCursor(0, TIMEOUT);

        assertThat(cursor.accept(List.of(1_000_000L), T0)).containsExactly(1_000_000L);
        assertThat(cursor.gaps()).hasSize(OutboxCursor.MAX_GAPS);
        assertThat(cursor.gaps().iterator().next()).isEqualTo(1_000_000L - OutboxCursor.MAX_GAPS);
        assertThat(cursor.accept(List.of(999_999L), T0)).containsExactly(999_999L);
    }

    /** Many rows, committed in a shuffled order and read in small batches: each delivered exactly once. */
    @Test
    void shuffledCommitsReadInBatchesAreEachDeliveredExactlyOnce() {
        OutboxCursor cursor = new OutboxCursor(0, TIMEOUT);
        java.util.Random random = new java.util.Random(7);
        List<Long> committed = new ArrayList<>();
        List<Long> delivered = new ArrayList<>();
        List<Long> pending = new ArrayList<>();
        for (long id = 1; id <= 500; id++) {
            pending.add(id);
        }
        Instant now = T0;
        while (!pending.isEmpty()) {
            // a few transactions commit, not in id order (each one of the five oldest in flight)
            for (int i = 0; i < 3 && !pending.isEmpty(); i++) {
                committed.add(pending.remove(random.nextInt(Math.min(5, pending.size()))));
            }
            long highest = cursor.highestRead();
            List<Long> read = committed.stream().filter(id -> id > highest || cursor.gaps().contains(id)).toList();
            delivered.addAll(cursor.accept(read, now));
            now = now.plusMillis(200);
        }
        delivered.addAll(cursor.accept(committed, now));

        assertThat(delivered).hasSize(500).doesNotHaveDuplicates();
        assertThat(cursor.watermark()).isEqualTo(500);
    }
}
