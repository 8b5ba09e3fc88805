package io.clearstone.domain.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * The count of accounts that cannot be valued, from both margin methods, what they lack, since when, and the
 * readiness that follows from it.
 */
class UnpricedAccountsTest {

    private static final Instant T0 = Instant.parse("2026-12-01T15:00:00Z");
    private static final Duration GRACE = Duration.ofMinutes(2);

    @Test
    void portfolioAndStandardAccountsAreCountedTogetherWithWhatTheyLack() {
        UnpricedAccounts unpriced = new UnpricedAccounts();
        unpriced.bookLoaded(T0, 3, 5);
        unpriced.portfolio(Map.of(12L, new TreeSet<>(List.of("USDC-USD")), 15L, new TreeSet<>(List.of("USDC-USD"))),
                T0);
        unpriced.standardUnpriced(40L, "instrument 9 cannot be valued now: no fresh index for USDC-USD", T0);

        UnpricedAccounts.Status status = unpriced.status();
        assertThat(status.unpricedAccounts()).isEqualTo(3);
        assertThat(status.portfolioAccounts()).isEqualTo(3);
        assertThat(status.portfolioPositions()).isEqualTo(5);
        assertThat(status.accounts()).extracting(UnpricedAccounts.Account::accountId).containsExactly(12L, 15L, 40L);
        assertThat(status.accounts()).extracting(UnpricedAccounts.Account::marginMethod)
                .containsExactly("PORTFOLIO", "PORTFOLIO", "STANDARD");
        assertThat(status.missing()).contains("USDC-USD");
        assertThat(status.since()).isEqualTo(T0);
        assertThat(UnpricedAccounts.describe(status)).startsWith("3 accounts unpriced: missing ")
                .contains("USDC-USD").endsWith("(accounts 12, 15, 40)");
    }

    @Test
    void theCountStartsAgainOnlyOnceEveryAccountIsPriced() {
        UnpricedAccounts unpriced = new UnpricedAccounts();
        unpriced.portfolio(Map.of(12L, new TreeSet<>(List.of("USDC-USD"))), T0);
        unpriced.standardUnpriced(40L, "no fresh index for USDC-USD", T0.plusSeconds(30));
        unpriced.portfolio(Map.of(), T0.plusSeconds(60));
        assertThat(unpriced.status().since()).as("still one unpriced since T0").isEqualTo(T0);

        unpriced.standardRetain(List.of(41L), T0.plusSeconds(70));
        assertThat(unpriced.status().unpricedAccounts()).isZero();
        assertThat(unpriced.status().since()).isNull();

        unpriced.standardUnpriced(41L, "no fresh index for Q-USD", T0.plusSeconds(80));
        assertThat(unpriced.status().since()).isEqualTo(T0.plusSeconds(80));
        unpriced.standardPriced(41L, T0.plusSeconds(90));
        assertThat(unpriced.status().unpricedAccounts()).isZero();
    }

    @Test
    void readinessFailsOnlyOnceAccountsStayUnpricedForTheGracePeriod() {
        UnpricedAccounts unpriced = new UnpricedAccounts();
        assertThat(MarginBookReadiness.overdue(unpriced.status(), GRACE, T0)).isFalse();
        unpriced.portfolio(Map.of(12L, new TreeSet<>(List.of("USDC-USD"))), T0);
        assertThat(MarginBookReadiness.overdue(unpriced.status(), GRACE, T0.plusSeconds(119))).isFalse();
        assertThat(MarginBookReadiness.overdue(unpriced.status(), GRACE, T0.plusSeconds(120))).isTrue();
        unpriced.portfolio(Map.of(), T0.plusSeconds(121));
        assertThat(MarginBookReadiness.overdue(unpriced.status(), GRACE, T0.plusSeconds(500))).isFalse();
    }
}
