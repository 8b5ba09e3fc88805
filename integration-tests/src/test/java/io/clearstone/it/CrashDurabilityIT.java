package io.clearstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Durability of what the client was told: concurrent clients deposit flat out on the restartable server, whose JVM
 * is then killed with SIGKILL in the middle of the burst (no shutdown, no flush). After the restart every deposit
 * that was answered 201 is still booked, exactly once: a retry of its key gets the same transaction back, balances
 * hold every acknowledged deposit (plus at most the few that were in flight, unanswered, at the kill), and the books
 * reconcile. Runs on H2 (the embedded default) and, with -Ppostgresql, on PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CrashDurabilityIT {

    private static final String DEPLOYMENT = "crash-durability-ear";
    private static final String ASSET = "USDC";
    private static final BigDecimal AMOUNT = new BigDecimal("10");
    private static final List<String> OWNERS = List.of("alice", "bob", "carol");
    private static final int CLIENTS = 8;
    /** The kill comes this long after the burst starts, once it runs at full speed. */
    private static final Duration HOT = Duration.ofSeconds(5);
    /** The kill also waits for this many answered deposits, however slow a loaded machine makes them. */
    private static final int WARM_UP_DEPOSITS = 50;

    @ArquillianResource
    ContainerController containers;
    @ArquillianResource
    Deployer deployer;

    @Deployment(name = DEPLOYMENT, managed = false, testable = false)
    @TargetsContainer(RestartableServer.QUALIFIER)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** A deposit the server answered 201, with the transaction it booked. */
    private record Acknowledged(int client, String key, long transactionId) {
    }

    @Test
    void everyDepositAnsweredBeforeAKillIsStillBookedOnceAfterTheRestart() throws Exception {
        RestartableServer.freshBaseDirectory();
        containers.start(RestartableServer.QUALIFIER);
        Api.Scoped server = Api.at(RestartableServer.URL);
        boolean deployed = false;
        try {
            deployer.deploy(DEPLOYMENT);
            deployed = true;
            List<Long> accounts = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                Api.Reply opened = server.as(owner(client)).post("/api/v1/accounts", "{}", Api.newKey());
                assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
                accounts.add(opened.json().getJsonNumber("id").longValue());
            }

            Queue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
            Map<Integer, Integer> unanswered = new ConcurrentHashMap<>();
            Queue<Api.Reply> refused = new ConcurrentLinkedQueue<>();
            Instant burstStarted = burst(server, accounts, acknowledged, unanswered, refused);
            double perSecond = acknowledged.size() / (Duration.between(burstStarted, Instant.now()).toMillis() / 1e3);
            System.out.printf("CrashDurabilityIT: %d deposits acknowledged before the kill (~%.0f/s), %d in flight%n",
                    acknowledged.size(), perSecond, unanswered.values().stream().mapToInt(Integer::intValue).sum());

            // Arquillian still believes the server runs: stopping a dead process only clears that belief
            containers.stop(RestartableServer.QUALIFIER);
            containers.start(RestartableServer.QUALIFIER);
            assertThat(refused).as("deposits refused during the burst").isEmpty();
            assertThat(acknowledged).as("deposits acknowledged before the kill")
                    .hasSizeGreaterThanOrEqualTo(WARM_UP_DEPOSITS);

            SoftAssertions afterRestart = new SoftAssertions();
            // balances first: a retry of a lost deposit would book it again
            Map<Integer, Long> acknowledgedPerClient = acknowledged.stream()
                    .collect(Collectors.groupingBy(Acknowledged::client, Collectors.counting()));
            for (int client = 0; client < CLIENTS; client++) {
                BigDecimal booked = AMOUNT.multiply(BigDecimal.valueOf(acknowledgedPerClient.getOrDefault(client, 0L)));
                BigDecimal inFlight = AMOUNT.multiply(BigDecimal.valueOf(unanswered.getOrDefault(client, 0)));
                afterRestart.assertThat(Fixtures.balance(server, owner(client), accounts.get(client), ASSET))
                        .as("balance of client %d after the crash: every acknowledged deposit, plus at most the "
                                + "unanswered ones", client)
                        .isBetween(booked, booked.add(inFlight));
            }
            List<String> lost = replayAll(server, accounts, acknowledged);
            System.out.printf("CrashDurabilityIT: %d acknowledged deposits lost by the crash%n", lost.size());
            afterRestart.assertThat(lost)
                    .as("acknowledged deposits (of %d) that a retry with their key booked anew after the crash",
                            acknowledged.size())
                    .isEmpty();
            Api.Reply reconciliation = server.as("risk").get("/api/v1/ledger/reconciliation");
            afterRestart.assertThat(reconciliation.status()).as(reconciliation.toString()).isEqualTo(200);
            afterRestart.assertThat(reconciliation.json().getBoolean("balanced")).as(reconciliation.toString())
                    .isTrue();
            afterRestart.assertAll();
        } finally {
            try {
                if (deployed) {
                    deployer.undeploy(DEPLOYMENT);
                }
            } finally {
                containers.stop(RestartableServer.QUALIFIER);
            }
        }
    }

    /**
     * Runs the clients, each depositing with a fresh key per request until its server goes away, and kills the
     * server once the burst is hot, the instant a deposit has just been answered: that deposit's commit is then
     * milliseconds old, so a database that writes commits to its file some time after acknowledging them (H2's
     * write delay) is caught with unwritten commits almost surely, whatever the phase of its background writer.
     * Returns when the burst started.
     */
    private static Instant burst(Api.Scoped server, List<Long> accounts, Queue<Acknowledged> acknowledged,
                                 Map<Integer, Integer> unanswered, Queue<Api.Reply> refused) throws Exception {
        ProcessHandle jvm = RestartableServer.jvm();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch start = new CountDownLatch(1);
        Semaphore answers = new Semaphore(0);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            clients.add(pool.submit(() -> {
                start.await();
                while (true) {
                    String key = Api.newKey();
                    Api.Reply reply;
                    try {
                        reply = deposit(server, owner(client), accounts.get(client), key);
                    } catch (UncheckedIOException serverGone) {
                        // sent, never answered: booked or not, the client cannot know
                        unanswered.merge(client, 1, Integer::sum);
                        return null;
                    }
                    if (reply.status() == 201) {
                        acknowledged.add(new Acknowledged(client, key,
                                reply.json().getJsonNumber("transactionId").longValue()));
                        answers.release();
                    } else {
                        refused.add(reply);
                        return null;
                    }
                }
            }));
        }
        Instant started = Instant.now();
        start.countDown();
        try {
            Thread.sleep(HOT.toMillis());
            Instant giveUp = Instant.now().plusSeconds(60);
            while (acknowledged.size() < WARM_UP_DEPOSITS && Instant.now().isBefore(giveUp)) {
                Thread.sleep(100);
            }
            answers.drainPermits();
            answers.tryAcquire(60, TimeUnit.SECONDS);
            RestartableServer.crash(jvm);
            for (Future<?> client : clients) {
                client.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        return started;
    }

    /** Retries every acknowledged deposit with its key and body; returns the keys that did not get their own answer. */
    private static List<String> replayAll(Api.Scoped server, List<Long> accounts, Queue<Acknowledged> acknowledged)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<String>> checks = new ArrayList<>();
            for (Acknowledged deposit : acknowledged) {
                checks.add(pool.submit(() -> {
                    Api.Reply replay = retried(() -> deposit(server, owner(deposit.client()),
                            accounts.get(deposit.client()), deposit.key()));
                    boolean same = replay.status() == 201
                            && replay.json().getJsonNumber("transactionId").longValue() == deposit.transactionId();
                    return same ? null : deposit.key() + " was transaction " + deposit.transactionId()
                            + ", its retry got " + replay.status() + " " + replay.body();
                }));
            }
            List<String> lost = new ArrayList<>();
            for (Future<String> check : checks) {
                String failure = check.get(60, TimeUnit.SECONDS);
                if (failure != null) {
                    lost.add(failure);
                }
            }
            return lost;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Once more on a broken connection (one pooled before the crash): the key makes a retry safe. */
    private static Api.Reply retried(Supplier<Api.Reply> request) {
        try {
            return request.get();
        } catch (UncheckedIOException staleConnection) {
            return request.get();
        }
    }

    private static Api.Reply deposit(Api.Scoped server, String owner, long account, String key) {
        return server.as(owner).post("/api/v1/accounts/" + account + "/deposits",
                "{\"asset\":\"" + ASSET + "\",\"amount\":" + AMOUNT + "}", key);
    }

    private static String owner(int client) {
        return OWNERS.get(client % OWNERS.size());
    }
}
