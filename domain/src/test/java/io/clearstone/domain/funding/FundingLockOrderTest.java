package io.clearstone.domain.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.junit.jupiter.api.Test;

/** Several instruments' funding locks are taken in instrument id order, whatever order the caller names them in. */
class FundingLockOrderTest {

    @Test
    void theFundingLocksOfSeveralInstrumentsAreTakenInIdOrder() {
        List<Object> locked = new ArrayList<>();
        FundingService funding = new FundingService();
        funding.clock = Clock.fixed(Instant.parse("2026-12-01T15:00:00Z"), ZoneOffset.UTC);
        funding.em = (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {EntityManager.class}, (proxy, method, args) -> {
                    if (method.getName().equals("find") && args.length == 3 && args[0] == FundingSchedule.class
                            && args[2] == LockModeType.PESSIMISTIC_WRITE) {
                        locked.add(args[1]);
                        return null; // an instrument without funding: nothing due, no account locked
                    }
                    throw new AssertionError("unexpected " + method.getName());
                });

        funding.payDueBeforeMoving(List.of(8L, 3L, 5L), Set.of(6L));

        assertThat(locked).containsExactly(3L, 5L, 8L);
    }
}
