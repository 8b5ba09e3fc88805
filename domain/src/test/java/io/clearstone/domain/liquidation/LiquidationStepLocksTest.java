package io.clearstone.domain.liquidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.clearstone.domain.account.Account;
import io.clearstone.domain.account.AccountRepository;
import io.clearstone.domain.account.MarginMethod;
import io.clearstone.domain.account.MarginMode;
import io.clearstone.domain.funding.FundingService;
import io.clearstone.domain.instrument.Instrument;
import io.clearstone.domain.margin.MarginAssessment;
import io.clearstone.domain.margin.MarginCalculator;
import io.clearstone.domain.valuation.MarketSnapshots;
import io.clearstone.instruments.spi.MarketSnapshot;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.junit.jupiter.api.Test;

/**
 * A liquidation step over an account holding two instruments takes the locks of both, in instrument id order, before
 * any account lock and before a position moves; it used to take the funding lock of the first position only (the
 * riskiest, here the higher id), while the bankruptcy moved every position.
 */
class LiquidationStepLocksTest {

    private static final long BANKRUPT = 5;
    private static final long BACKSTOP = 2;
    private static final Instant NOW = Instant.parse("2026-12-01T15:00:00Z");

    private final List<String> taken = new ArrayList<>();

    @Test
    void aStepOverTwoInstrumentsLocksBothInIdOrderBeforeTheAccountsAndTheBankruptcy() {
        LiquidationStep step = step(bankruptHolding(8, 3));

        assertThat(step.run(BANKRUPT)).isTrue();

        assertThat(taken).containsExactly("instrument 3", "instrument 8", "funding [3, 8] with accounts [2, 5]",
                "account 2", "account 5", "bankruptcy of account 5");
    }

    @Test
    void aPositionOpenedInAnotherInstrumentBeforeTheLockIsNotMovedUnlockedButRetried() {
        LiquidationStep step = step(bankruptHolding(8), bankruptHolding(8, 3));

        assertThat(step.run(BANKRUPT)).as("the caller asks again, and the next step locks both").isTrue();

        assertThat(taken).doesNotContain("bankruptcy of account 5");
    }

    private LiquidationStep step(MarginAssessment... assessments) {
        LiquidationStep step = new LiquidationStep();
        step.em = recordingEntityManager();
        step.markets = new MarketSnapshots() {
            @Override
            public MarketSnapshot current() {
                return MarketSnapshot.at(NOW).build();
            }
        };
        List<MarginAssessment> seen = new ArrayList<>(List.of(assessments));
        step.calculator = new MarginCalculator() {
            @Override
            public MarginAssessment assess(long accountId, MarketSnapshot market) {
                return seen.size() > 1 ? seen.remove(0) : seen.get(0);
            }
        };
        Map<Long, Account> accounts = Map.of(BANKRUPT, account("alice", BANKRUPT), BACKSTOP,
                account("backstop", BACKSTOP));
        step.accounts = new AccountRepository() {
            @Override
            public Optional<Account> find(long id) {
                return Optional.ofNullable(accounts.get(id));
            }

            @Override
            public List<Account> ownedBy(String owner) {
                return accounts.values().stream().filter(a -> a.owner().equals(owner)).toList();
            }
        };
        step.configuration = new LiquidationConfiguration();
        step.configuration.backstopOwner = "backstop";
        step.funding = new FundingService() {
            @Override
            public void payDueBeforeMoving(Collection<Long> instrumentIds, Set<Long> accountIds) {
                taken.add("funding " + instrumentIds + " with accounts " + new java.util.TreeSet<>(accountIds));
            }

            @Override
            public void payDueBeforeTrade(long instrumentId, long buyerAccountId, long sellerAccountId) {
                taken.add("funding [" + instrumentId + "]");
            }
        };
        step.bankruptcy = new Bankruptcy() {
            @Override
            void resolve(MarginAssessment before, Account backstop, MarketSnapshot market) {
                taken.add("bankruptcy of account " + before.accountId());
            }
        };
        return step;
    }

    /** Only locks matter here: a pessimistic find or lock is recorded, flush and clear do nothing. */
    private EntityManager recordingEntityManager() {
        return (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {EntityManager.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "find" -> {
                            if (args.length == 3 && args[2] == LockModeType.PESSIMISTIC_WRITE
                                    && args[0] == Instrument.class) {
                                taken.add("instrument " + args[1]);
                                return null;
                            }
                            throw new AssertionError("unexpected find " + List.of(args));
                        }
                        case "lock" -> {
                            taken.add("account " + ((Account) args[0]).id());
                            return null;
                        }
                        case "flush", "clear" -> {
                            return null;
                        }
                        default -> throw new AssertionError("unexpected " + method.getName());
                    }
                });
    }

    /** Bankrupt, holding the given instruments; the first listed is the riskiest (the one the step used to lock). */
    private static MarginAssessment bankruptHolding(long... instruments) {
        List<MarginAssessment.PositionRisk> positions = new ArrayList<>();
        for (int i = 0; i < instruments.length; i++) {
            positions.add(new MarginAssessment.PositionRisk(instruments[i], "BTC", 1, -10, 100 - i));
        }
        return MarginAssessment.of(BANKRUPT, MarginMethod.STANDARD, -50, -10, 200, 100, 1.5, List.of(), positions);
    }

    private static Account account(String owner, long id) {
        Account account = Account.open(owner, MarginMode.CROSS, MarginMethod.STANDARD, NOW);
        try {
            Field field = Account.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(account, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return account;
    }
}
