package io.clearstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jakarta.json.JsonObject;

/**
 * Conservation under concurrency: many clients deposit and withdraw on a few shared accounts at once; afterwards
 * every asset's books sum to zero, every balance equals its own journal, and every account holds exactly what the
 * accepted requests moved.
 */
@ExtendWith(ArquillianExtension.class)
class LedgerConcurrencyIT {

    private static final int THREADS = 8;
    private static final int REQUESTS_PER_THREAD = 200;
    private static final String[] AMOUNTS = {"0.000001", "1", "2.5", "17.123456", "250"};

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void mixedDepositsAndWithdrawalsConserveValueExactly() throws Exception {
        List<String> owners = List.of("alice", "bob", "carol");
        Map<String, Long> accounts = new ConcurrentHashMap<>();
        owners.forEach(owner -> accounts.put(owner, Fixtures.openAccount(owner)));
        Map<String, BigDecimal> expected = new ConcurrentHashMap<>();
        owners.forEach(owner -> expected.put(owner, BigDecimal.ZERO));
        AtomicInteger refusedWithdrawals = new AtomicInteger();
        AtomicInteger unexpected = new AtomicInteger();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            SplittableRandom random = new SplittableRandom(1000 + t);
            workers.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < REQUESTS_PER_THREAD; i++) {
                    String owner = owners.get(random.nextInt(owners.size()));
                    String amount = AMOUNTS[random.nextInt(AMOUNTS.length)];
                    boolean deposit = random.nextInt(100) < 55;
                    Api.Reply reply = deposit
                            ? Fixtures.deposit(owner, accounts.get(owner), "USDC", amount, Api.newKey())
                            : Fixtures.withdraw(owner, accounts.get(owner), "USDC", amount, Api.newKey());
                    if (reply.status() == 201) {
                        BigDecimal signed = deposit ? new BigDecimal(amount) : new BigDecimal(amount).negate();
                        expected.merge(owner, signed, BigDecimal::add);
                    } else if (!deposit && reply.status() == 422 && reply.body().contains("insufficient-balance")) {
                        refusedWithdrawals.incrementAndGet();
                    } else {
                        unexpected.incrementAndGet();
                        System.err.println("unexpected reply: " + reply);
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> worker : workers) {
            worker.get(10, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertThat(unexpected).hasValue(0);
        assertThat(refusedWithdrawals.get()).as("the mix should exercise refusals too").isPositive();
        for (String owner : owners) {
            assertThat(Fixtures.balance(owner, accounts.get(owner), "USDC"))
                    .as("balance of " + owner).isEqualByComparingTo(expected.get(owner));
        }
        assertBooksBalance();
    }

    @Test
    void concurrentRetriesOfOneRequestCreditOnce() throws Exception {
        long account = Fixtures.openAccount("carol");
        String key = Api.newKey();
        List<JsonObject> answers = sendConcurrently(() -> Fixtures.deposit("carol", account, "USDC", "42", key));

        assertThat(answers).allSatisfy(answer -> assertThat(answer).isEqualTo(answers.get(0)));
        assertThat(Fixtures.balance("carol", account, "USDC")).isEqualByComparingTo("42");
        assertThat(Fixtures.journalSize("carol", account)).isEqualTo(1);
        assertBooksBalance();
    }

    @Test
    void concurrentRetriesOfAFullBalanceWithdrawalAllGetTheFirstAnswer() throws Exception {
        long account = Fixtures.openAccount("carol");
        Fixtures.deposit("carol", account, "USDC", "100", Api.newKey());
        String key = Api.newKey();
        // a copy must not be refused for the balance its first copy spent
        List<JsonObject> answers = sendConcurrently(() -> Fixtures.withdraw("carol", account, "USDC", "100", key));

        assertThat(answers).allSatisfy(answer -> assertThat(answer).isEqualTo(answers.get(0)));
        assertThat(Fixtures.balance("carol", account, "USDC")).isZero();
        assertThat(Fixtures.journalSize("carol", account)).isEqualTo(2);
    }

    /** Sends the same request from every thread at once; each copy must be answered 201. */
    private static List<JsonObject> sendConcurrently(Callable<Api.Reply> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Reply>> copies = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            copies.add(pool.submit(() -> {
                start.await();
                return request.call();
            }));
        }
        start.countDown();
        List<JsonObject> answers = new ArrayList<>();
        for (Future<Api.Reply> copy : copies) {
            Api.Reply reply = copy.get(2, TimeUnit.MINUTES);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
            answers.add(reply.json());
        }
        pool.shutdown();
        return answers;
    }

    private static void assertBooksBalance() {
        JsonObject books = Fixtures.reconciliation();
        assertThat(books.getBoolean("balanced")).as(books.toString()).isTrue();
        books.getJsonArray("assets").stream().map(v -> v.asJsonObject()).forEach(asset -> {
            assertThat(asset.getJsonNumber("balanceTotal").bigDecimalValue()).isZero();
            assertThat(asset.getJsonNumber("journalTotal").bigDecimalValue()).isZero();
            assertThat(asset.getInt("mismatchedBalances")).isZero();
            assertThat(asset.getInt("unbalancedTransactions")).isZero();
        });
    }
}
