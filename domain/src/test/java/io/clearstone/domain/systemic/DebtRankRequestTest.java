package io.clearstone.domain.systemic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.clearstone.domain.shared.InvalidRequestException;

class DebtRankRequestTest {

    private static final List<String> TWO = List.of("protocol:p", "institution:f");

    @Test
    void noDistressMeansDefaultAndOneIsForAll() {
        DebtRankRequest none = DebtRankRequest.parse(TWO, List.of(), null, null);
        assertThat(none.initialDistress()).containsExactly(1.0, 1.0);
        assertThat(none.commonDistress()).isEqualTo(1.0);
        assertThat(none.method()).isEqualTo(DebtRankRequest.Method.DEBTRANK);
        assertThat(none.limit()).isEqualTo(DebtRankRequest.DEFAULT_LIMIT);
        DebtRankRequest one = DebtRankRequest.parse(TWO, List.of("0.25"), "differential", "5");
        assertThat(one.initialDistress()).containsExactly(0.25, 0.25);
        assertThat(one.method()).isEqualTo(DebtRankRequest.Method.DIFFERENTIAL);
        assertThat(one.limit()).isEqualTo(5);
    }

    @Test
    void oneDistressPerNodeInTheirOrder() {
        DebtRankRequest vector = DebtRankRequest.parse(TWO, List.of("0.2", "1"), "debtrank", null);
        assertThat(vector.initialDistress()).containsExactly(0.2, 1.0);
        assertThat(vector.commonDistress()).isNull();
    }

    @Test
    void refusesWithTheParameterNamed() {
        assertRefused(() -> DebtRankRequest.parse(TWO, List.of("0"), null, null), "initialDistress");
        assertRefused(() -> DebtRankRequest.parse(TWO, List.of("1.01"), null, null), "initialDistress");
        assertRefused(() -> DebtRankRequest.parse(TWO, List.of("NaN"), null, null), "initialDistress");
        assertRefused(() -> DebtRankRequest.parse(TWO, List.of("half"), null, null), "initialDistress");
        assertRefused(() -> DebtRankRequest.parse(TWO, List.of("0.1", "0.2", "0.3"), null, null), "initialDistress");
        assertRefused(() -> DebtRankRequest.parse(List.of("protocol:p", "protocol:p"), List.of("0.1", "0.2"), null,
                null), "node");
        assertRefused(() -> DebtRankRequest.parse(TWO, List.of(), "linear", null), "method");
        assertRefused(() -> DebtRankRequest.parse(TWO, List.of(), null, "100001"), "limit");
        assertRefused(() -> DebtRankRequest.parse(TWO, List.of(), null, "ten"), "limit");
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
