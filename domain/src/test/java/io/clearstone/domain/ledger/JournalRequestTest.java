package io.clearstone.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class JournalRequestTest {

    @Test
    void transferIsTwoLegsSummingToZero() {
        JournalRequest transfer = JournalRequest.transfer(JournalType.DEPOSIT, "ref", 1, 2, "BTC",
                new BigDecimal("0.5"));
        assertThat(transfer.postings()).extracting(Posting::accountId).containsExactly(1L, 2L);
        assertThat(transfer.postings().stream().map(Posting::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isZero();
    }

    @Test
    void legsThatDoNotBalanceAreRefused() {
        assertThatThrownBy(() -> new JournalRequest(JournalType.DEPOSIT, "ref", List.of(
                Posting.of(1, "BTC", new BigDecimal("-1")), Posting.of(2, "BTC", new BigDecimal("0.99999999")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BTC");
    }

    @Test
    void eachAssetMustBalanceOnItsOwn() {
        assertThatThrownBy(() -> new JournalRequest(JournalType.DEPOSIT, "ref", List.of(
                Posting.of(1, "BTC", new BigDecimal("-1")), Posting.of(2, "ETH", new BigDecimal("1")))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSingleLegOrAZeroAmountIsRefused() {
        assertThatThrownBy(() -> new JournalRequest(JournalType.DEPOSIT, "ref",
                List.of(Posting.of(1, "BTC", BigDecimal.ONE)))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Posting.of(1, "BTC", new BigDecimal("0.000"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void balanceKeysOrderByAccountThenAsset() {
        assertThat(List.of(new BalanceKey(2, "ETH"), new BalanceKey(1, "USDC"), new BalanceKey(1, "BTC"))
                .stream().sorted().toList())
                .containsExactly(new BalanceKey(1, "BTC"), new BalanceKey(1, "USDC"), new BalanceKey(2, "ETH"));
    }
}
