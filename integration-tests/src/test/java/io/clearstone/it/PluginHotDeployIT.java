package io.clearstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * The digital option, not bundled in the EAR, deployed into the running server as an archive of its own (the jar
 * instruments-digital builds, whose manifest names the server's SPI module): listed and tradable without a rebuild or
 * a restart; once undeployed, its instruments stay priced and tradable but no new ones can be created; once the
 * application restarts without it, their holder is UNPRICED in the margin book; deployed again, it is back. A second
 * deployment claiming the type is refused while the first is installed.
 */
@ExtendWith(ArquillianExtension.class)
class PluginHotDeployIT {

    private static final String DIGITAL = "instruments-digital.jar";
    /** The same plugin under another deployment name: a second claim on option.digital. */
    private static final String SHADOW = "digital-shadow.jar";

    @ArquillianResource
    Deployer deployer;
    @ArquillianResource
    ManagementClient management;

    @Deployment(name = "clearstone", order = 1, testable = false)
    static EnterpriseArchive application() {
        return Deployments.ear();
    }

    @Deployment(name = DIGITAL, managed = false, testable = false)
    static JavaArchive digitalOption() {
        String path = System.getProperty("clearstone.digital-plugin");
        if (path == null || !new File(path).isFile()) {
            throw new IllegalStateException("clearstone.digital-plugin does not point to the plugin's jar: " + path);
        }
        return ShrinkWrap.create(ZipImporter.class, DIGITAL).importFrom(new File(path)).as(JavaArchive.class);
    }

    @Deployment(name = SHADOW, managed = false, testable = false)
    static JavaArchive shadowingCopy() {
        return ShrinkWrap.create(JavaArchive.class, SHADOW).merge(digitalOption());
    }

    @Test
    void aPluginDeployedIntoTheRunningServerIsTradedAndItsInstrumentsStayPricedOnceUndeployed() throws Exception {
        Fixtures.awaitFreshIndex("BTC-USD");
        TradingIT.withAVolatilitySurface();
        assertThat(digitalPlugin()).as("not bundled").isEmpty();
        assertUnknownType(Api.as("admin").post("/api/v1/instruments", digital("CALL"), Api.newKey()));

        deployer.deploy(DIGITAL);
        long instrument = 0;
        long buyer = Fixtures.openPortfolioAccount("alice");
        long seller = Fixtures.openAccount("bob");
        try {
            JsonObject listed = digitalPlugin().orElseThrow();
            assertThat(listed.getString("source")).isEqualTo("deployment " + DIGITAL);
            assertThat(listed.getString("displayName")).isEqualTo("Digital option");
            assertThat(bundledSources()).as("the bundled plugins say so").containsOnly("bundled");
            // a second deployment claiming the type is refused: the installed one stays, listed once
            deployer.deploy(SHADOW);
            try {
                assertThat(plugins()).filteredOn(p -> p.getString("typeId").equals("option.digital"))
                        .extracting(p -> p.getString("source")).containsExactly("deployment " + DIGITAL);
            } finally {
                deployer.undeploy(SHADOW);
            }

            Api.Reply created = Api.as("admin").post("/api/v1/instruments", digital("CALL"), Api.newKey());
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            instrument = created.json().getJsonNumber("id").longValue();
            Fixtures.deposit("alice", buyer, "USDC", "1000", Api.newKey());
            Fixtures.deposit("bob", seller, "USDC", "10000", Api.newKey());

            Api.Reply traded = trade(instrument, buyer, seller, "2", "30");
            assertThat(traded.status()).as(traded.toString()).isEqualTo(201);
            assertThat(Fixtures.balance("alice", buyer, "USDC")).isEqualByComparingTo("940");
            assertThat(presentValue("alice", buyer)).as("two contracts paying 100 each").isPositive()
                    .isLessThan(200);

            deployer.undeploy(DIGITAL);

            assertThat(digitalPlugin()).as("no longer installed").isEmpty();
            assertUnknownType(Api.as("admin").post("/api/v1/instruments", digital("PUT"), Api.newKey()));
            // the instrument that exists keeps its plugin: priced, and traded again
            assertThat(presentValue("alice", buyer)).isPositive().isLessThan(200);
            Api.Reply again = trade(instrument, buyer, seller, "1", "30");
            assertThat(again.status()).as(again.toString()).isEqualTo(201);
            assertThat(presentValue("alice", buyer)).isPositive().isLessThan(300);
            assertThat(Api.as("risk").get("/api/v1/accounts/" + seller + "/margin").status()).isEqualTo(200);
            assertThat(unpriced(Api.as("risk").get("/api/v1/margin/book").json(), buyer)).isFalse();
            assertThat(Fixtures.reconciliation().getBoolean("balanced")).isTrue();
            assertReady();

            // the application restarts without the plugin: its instrument cannot be resolved, the holder is
            // UNPRICED in the margin book, which keeps running
            restartApplication();
            awaitBook(book -> unpriced(book, buyer));
            assertUnknownType(Api.as("admin").post("/api/v1/instruments", digital("PUT"), Api.newKey()));
            assertReady();

            deployer.deploy(DIGITAL);
            assertThat(digitalPlugin()).as("deployed again").isPresent();
            Api.Reply reloaded = Api.as("admin").post("/api/v1/margin/book/reload", "");
            assertThat(reloaded.status()).as(reloaded.toString()).isEqualTo(200);
            awaitBook(book -> !unpriced(book, buyer));
            assertThat(presentValue("alice", buyer)).isPositive().isLessThan(300);
            Api.Reply anotherOne = Api.as("admin").post("/api/v1/instruments", digital("PUT"), Api.newKey());
            assertThat(anotherOne.status()).as(anotherOne.toString()).isEqualTo(201);
        } finally {
            // leave no open position of a type the next test classes' application will not know
            if (instrument != 0 && digitalPlugin().isPresent()) {
                Api.Reply closed = trade(instrument, seller, buyer, "3", "30");
                assertThat(closed.status()).as(closed.toString()).isEqualTo(201);
            }
            deployer.undeploy(DIGITAL);
        }
    }

    /** Stops and starts the application (the EAR), as a server restart would, with the database kept. */
    private void restartApplication() throws IOException {
        ModelNode redeploy = new ModelNode();
        redeploy.get("operation").set("redeploy");
        redeploy.get("address").add("deployment", "clearstone.ear");
        ModelNode result = management.getControllerClient().execute(redeploy);
        assertThat(result.get("outcome").asString()).as(result.toString()).isEqualTo("success");
    }

    private static void assertReady() {
        Api.Reply ready = Api.send(HttpRequest.newBuilder(Api.MANAGEMENT.resolve("/health/ready")).GET());
        assertThat(ready.status()).as(ready.toString()).isEqualTo(200);
    }

    private static boolean unpriced(JsonObject book, long account) {
        return book.getJsonArray("accounts").stream().map(JsonValue::asJsonObject)
                .anyMatch(a -> a.getJsonNumber("accountId").longValue() == account);
    }

    private static JsonObject awaitBook(Predicate<JsonObject> condition) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        JsonObject book = Api.as("risk").get("/api/v1/margin/book").json();
        while (!condition.test(book) && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            book = Api.as("risk").get("/api/v1/margin/book").json();
        }
        assertThat(condition).as("margin book %s", book).accepts(book);
        return book;
    }

    private static Optional<JsonObject> digitalPlugin() {
        return plugins().stream().filter(p -> p.getString("typeId").equals("option.digital")).findFirst();
    }

    private static List<String> bundledSources() {
        return plugins().stream().filter(p -> !p.getString("typeId").equals("option.digital"))
                .map(p -> p.getString("source")).toList();
    }

    private static List<JsonObject> plugins() {
        return Api.as("risk").get("/api/v1/plugins").array().stream().map(v -> v.asJsonObject()).toList();
    }

    private static void assertUnknownType(Api.Reply refused) {
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().getString("type")).isEqualTo("/problems/instrument/unknown-type");
        assertThat(refused.json().getString("field")).isEqualTo("type");
        assertThat(refused.json().getString("detail")).contains("option.digital");
    }

    private static String digital(String right) {
        Instant expiry = Instant.now().plus(31, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        return "{\"type\":\"option.digital\",\"terms\":{\"underlying\":\"BTC-USD\",\"right\":\"" + right
                + "\",\"strike\":70000,\"expiry\":\"" + expiry + "\",\"payout\":100}}";
    }

    private static Api.Reply trade(long instrument, long buyer, long seller, String quantity, String price) {
        return Api.as("admin").post("/api/v1/trades", "{\"instrumentId\":" + instrument + ",\"buyerAccountId\":"
                + buyer + ",\"sellerAccountId\":" + seller + ",\"quantity\":" + quantity + ",\"price\":" + price
                + ",\"tradedAt\":\"" + Instant.now() + "\"}", Api.newKey());
    }

    private static double presentValue(String user, long account) {
        var positions = Api.as(user).get("/api/v1/accounts/" + account + "/positions").array();
        assertThat(positions).hasSize(1);
        return positions.getJsonObject(0).getJsonObject("measures").getJsonNumber("presentValue").doubleValue();
    }
}
