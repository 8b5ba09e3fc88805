package io.clearstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.clearstone.it.guard.RefuseUnluckyWithdrawals;

/**
 * The withdrawal hook the margin engine will implement: every {@code WithdrawalGuard} bean is consulted inside the
 * withdrawal's transaction, after the free-balance check, and its refusal leaves the books untouched.
 */
@ExtendWith(ArquillianExtension.class)
class WithdrawalGuardIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.ear();
        ear.getAsType(JavaArchive.class, "domain.jar").addClass(RefuseUnluckyWithdrawals.class);
        return ear;
    }

    @Test
    void aGuardsRefusalIsReturnedAsAProblemAndBooksNothing() {
        long account = Fixtures.openAccount("alice");
        Fixtures.deposit("alice", account, "USDC", "100", Api.newKey());

        Api.Reply refused = Fixtures.withdraw("alice", account, "USDC", "13.13", Api.newKey());

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().getString("type")).isEqualTo("/problems/risk/withdrawal-refused-by-guard");
        assertThat(refused.json().getString("field")).isEqualTo("amount");
        assertThat(Fixtures.balance("alice", account, "USDC")).isEqualByComparingTo("100");
        assertThat(Fixtures.journalSize("alice", account)).isEqualTo(1);
    }

    @Test
    void theGuardSeesTheBalanceTheWithdrawalWouldLeave() {
        long account = Fixtures.openAccount("alice");
        Fixtures.deposit("alice", account, "USDC", "100", Api.newKey());

        assertThat(Fixtures.withdraw("alice", account, "USDC", "90", Api.newKey()).status()).isEqualTo(201);
        Api.Reply belowFloor = Fixtures.withdraw("alice", account, "USDC", "0.000001", Api.newKey());

        assertThat(belowFloor.status()).isEqualTo(422);
        assertThat(belowFloor.json().getString("detail")).contains("9.999999 USDC");
        assertThat(Fixtures.balance("alice", account, "USDC")).isEqualByComparingTo("10");
    }
}
