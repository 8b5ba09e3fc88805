package io.clearstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The risk console in a real headless Chromium: the contagion graph of the demo state, a what-if shock run as a
 * background job with its progress and the failed nodes highlighted, a liquidation appearing live, the drill-downs
 * and charts, and a trader turned away.
 */
@ExtendWith(ArquillianExtension.class)
class ConsoleIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeEach
    void demoMarketIsPriced() {
        Fixtures.awaitFreshIndex("BTC-USD");
        Fixtures.awaitFreshIndex("ETH-USD");
        Fixtures.awaitFreshIndex("USDC-USD");
    }

    @Test
    void aRiskOfficerSeesTheDemoGraphAndDrillsDownIntoNodesAccountsPoolsAndPlugins() {
        try (Browser browser = Browser.open().signIn("risk")) {
            browser.until(d -> d.findElement(By.id("console")).isDisplayed());
            long nodes = browser.until(d -> {
                Object count = browser.script("return window.cy ? window.cy.nodes().length : 0");
                return ((Number) count).longValue() > 0 ? (Long) count : null;
            });
            assertThat(nodes).isGreaterThan(5);
            for (String node : List.of("platform:clearstone", "institution:alice", "asset:BTC", "pool:DEMO-1",
                    "insurer:insurance-fund")) {
                assertThat(browser.script("return window.cy.getElementById(arguments[0]).nonempty()", node))
                        .as(node).isEqualTo(true);
            }
            browser.script("window.cy.getElementById('institution:alice').emit('tap')");
            browser.until(d -> d.findElement(By.id("node-details")).getText().contains("DebtRank"));
            assertThat(browser.find("node-details").getText()).contains("institution:alice", "Exposures out",
                    "asset:BTC");
            browser.find("graph-search").sendKeys("DEMO");
            assertThat(browser.script("return window.cy.nodes('.match').map(n => n.id())").toString())
                    .contains("pool:DEMO-1");
            browser.screenshot("console-graph");
            new org.openqa.selenium.support.ui.Select(browser.find("graph-colour")).selectByValue("debtrank");
            browser.until(d -> d.findElement(By.id("graph-status")).getText().equals("coloured by DebtRank"));
            assertThat(((Number) browser.script("return window.cy.nodes('.ranked').length")).longValue())
                    .as("nodes coloured by DebtRank from the background ranking").isGreaterThan(5);

            browser.tab("accounts");
            browser.until(d -> !d.findElements(By.cssSelector("#account-table tbody tr")).isEmpty());
            browser.driver.findElements(By.cssSelector("#account-table tbody tr")).stream()
                    .filter(r -> r.getText().contains("alice")).findFirst().orElseThrow().click();
            browser.until(d -> d.findElements(By.cssSelector("#margin-profile path.series")).size() == 3);
            assertThat(browser.find("margin-summary").getText()).contains("equity", "maintenance");
            browser.screenshot("console-account");

            browser.tab("pools");
            browser.until(d -> !d.findElements(By.cssSelector("#pool-table tbody tr")).isEmpty());
            browser.driver.findElement(By.cssSelector("#pool-table tbody tr")).click();
            browser.until(d -> d.findElements(By.cssSelector("#tranche-distribution rect.bar")).size() == 11);
            assertThat(browser.find("pool-detail").getText()).contains("SENIOR", "EQUITY", "bp");

            browser.tab("instruments");
            browser.until(d -> !d.findElements(By.cssSelector("#instrument-table tbody tr")).isEmpty());
            browser.driver.findElement(By.cssSelector("#instrument-table tbody tr")).click();
            browser.until(d -> !d.findElements(By.cssSelector("#funding-chart svg")).isEmpty());
            assertThat(browser.find("instrument-detail").getText()).contains("swap.perpetual", "next funding");

            browser.tab("thresholds");
            browser.until(d -> d.findElements(By.cssSelector("#threshold-table tbody tr")).size() >= 3);
            browser.tab("plugins");
            browser.until(d -> d.findElement(By.id("plugin-list")).getText().contains("note.tranche"));
            assertThat(browser.find("plugin-list").getText()).contains("swap.perpetual", "option.european");
            assertThat(browser.driver.findElement(By.cssSelector("#tabs button[data-page='configuration']"))
                    .isDisplayed()).as("configuration is for administrators").isFalse();
        }
    }

    @Test
    void aWhatIfShockShowsItsProgressAndReplaysTheFailures() {
        String suffix = Api.unique().toLowerCase();
        String lender = "lend-" + suffix;
        Api.Reply imported = Api.as("risk").post("/api/v1/risk-graph/import", "{\"nodes\":["
                + "{\"kind\":\"protocol\",\"name\":\"" + lender + "\",\"equity\":100000}],\"exposures\":["
                + "{\"sourceKind\":\"protocol\",\"sourceName\":\"" + lender + "\",\"targetKind\":\"asset\","
                + "\"targetName\":\"ETH\",\"kind\":\"collateral\",\"amount\":1000000}]}", Api.newKey());
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);

        try (Browser browser = Browser.open().signIn("risk")) {
            browser.until(d -> d.findElement(By.id("console")).isDisplayed());
            browser.tab("whatif");
            browser.until(d -> d.findElements(By.cssSelector("#whatif-asset option[value='asset:ETH']")).size() == 1);
            new org.openqa.selenium.support.ui.Select(browser.find("whatif-asset")).selectByValue("asset:ETH");
            browser.find("whatif-shock").clear();
            browser.find("whatif-shock").sendKeys("20");
            browser.find("whatif-run").click();
            browser.until(d -> d.findElement(By.id("whatif-state")).getText().equals("done"));

            assertThat(browser.find("whatif-progress").getAttribute("value")).isEqualTo("1");
            assertThat(browser.find("whatif-summary").getText()).contains("asset:ETH down 20.0%", "protocol:" + lender);
            String failed = String.valueOf(browser.script("return window.whatIfCy.nodes('.failed').map(n => n.id())"));
            assertThat(failed).contains("protocol:" + lender);
            browser.script("const r = document.getElementById('whatif-round'); r.value = 0;"
                    + "r.dispatchEvent(new Event('input'))");
            assertThat(browser.find("whatif-round-label").getText()).startsWith("after round 0");
            browser.screenshot("console-what-if");
        }
    }

    @Test
    void aLiquidationAppearsLiveWithoutAReload() throws Exception {
        try (Browser browser = Browser.open().signIn("risk")) {
            browser.until(d -> d.findElement(By.id("console")).isDisplayed());
            browser.tab("live");
            browser.until(d -> d.findElement(By.id("live-status")).getText().equals("live"));
            browser.until(d -> d.findElement(By.id("live-fund")).getText().endsWith("USD"));

            ControlledMarket market = ControlledMarket.open("100");
            long swap = market.linearSwap();
            long account = Fixtures.openAccount("alice");
            long counterparty = Fixtures.openAccount("bob");
            Fixtures.deposit("alice", account, "USDC", "1100", Api.newKey());
            Fixtures.deposit("bob", counterparty, "USDC", "100000", Api.newKey());
            Api.Reply traded = PerpetualSwapsIT.trade(swap, account, counterparty, "100", new BigDecimal("100"));
            assertThat(traded.status()).as(traded.toString()).isEqualTo(201);
            // a portfolio account too: its margin state comes from the in-memory book
            long portfolio = Fixtures.openPortfolioAccount("alice");
            Fixtures.deposit("alice", portfolio, "USDC", "2100", Api.newKey());
            assertThat(PerpetualSwapsIT.trade(swap, portfolio, counterparty, "100", new BigDecimal("100")).status())
                    .isEqualTo(201);
            market.price("80");

            browser.until(d -> d.findElement(By.id("live-liquidations")).getText().contains("BANKRUPTCY_CLOSE"));
            String live = browser.find("live-liquidations").getText();
            assertThat(live).contains(String.valueOf(account), "INSURANCE_PAYMENT");
            browser.until(d -> d.findElement(By.id("live-margin")).getText().contains(String.valueOf(account)));
            browser.until(d -> d.findElement(By.id("live-margin")).getText().contains(String.valueOf(portfolio)));
            assertThat(browser.find("live-indices").getText()).contains(market.symbol);
            browser.screenshot("console-live");
        }
    }

    /**
     * Three thousand institutions over ten assets, with six thousand exposures: the view switches to rings by kind
     * and no two nodes overlap (no two centres closer than the nodes' radii). The time it took is printed for
     * docs/benchmarks.md.
     */
    @Test
    void aGraphOfThreeThousandNodesStaysReadable() {
        try (Browser browser = Browser.open().signIn("risk")) {
            browser.until(d -> d.findElement(By.id("console")).isDisplayed());
            browser.until(d -> ((Number) browser.script("return window.cy ? window.cy.nodes().length : 0"))
                    .longValue() > 0 ? true : null);
            Object result = browser.script(String.join("\n",
                    "const nodes = [], edges = [];",
                    "for (let a = 0; a < 10; a++) nodes.push({id: 'asset:A' + a, kind: 'asset', equity: 0,"
                            + " externalAssets: 0});",
                    "for (let i = 0; i < 3000; i++) {",
                    "  nodes.push({id: 'institution:i' + i, kind: 'institution', equity: 1000 + i,"
                            + " externalAssets: 5000});",
                    "  edges.push({source: 'institution:i' + i, target: 'asset:A' + (i % 10), kind: 'collateral',"
                            + " amount: 1000 + (i * 37) % 5000});",
                    "  edges.push({source: 'institution:i' + i, target: 'institution:i' + ((i * 7 + 1) % 3000),"
                            + " kind: 'credit', amount: 500 + (i * 13) % 2000});",
                    "}",
                    "const started = performance.now();",
                    "window.consoleGraph.show({nodes, edges});",
                    "const millis = performance.now() - started;",
                    "const boxes = window.cy.nodes().map(n => n.boundingBox({includeLabels: false}));",
                    "let overlaps = 0;",
                    "for (let i = 0; i < boxes.length; i++) {",
                    "  for (let j = i + 1; j < boxes.length; j++) {",
                    "    const a = boxes[i], b = boxes[j];",
                    "    const dx = (a.x1 + a.x2 - b.x1 - b.x2) / 2, dy = (a.y1 + a.y2 - b.y1 - b.y2) / 2;",
                    "    if (Math.hypot(dx, dy) < (a.w + b.w) / 4 + (a.h + b.h) / 4 - 0.5) {",
                    "      overlaps++; if (overlaps < 5) console.log('overlap ' + window.cy.nodes()[i].id() + ' '"
                            + " + window.cy.nodes()[j].id()); }",
                    "  }",
                    "}",
                    "return [window.cy.nodes().length, overlaps, Math.round(millis)];"));
            List<?> figures = (List<?>) result;
            System.out.println("console graph of 3,010 nodes and 6,000 edges rendered in " + figures.get(2) + " ms");
            assertThat(((Number) figures.get(0)).longValue()).isEqualTo(3010);
            assertThat(((Number) figures.get(1)).longValue()).as("overlapping nodes: " + browser.consoleLog())
                    .isZero();
            browser.screenshot("console-large-graph");
        }
    }

    @Test
    void aTraderCannotOpenTheConsole() {
        try (Browser browser = Browser.open().signIn("alice")) {
            browser.until(d -> d.findElement(By.id("forbidden")).isDisplayed());
            assertThat(browser.find("console").isDisplayed()).isFalse();
        }
        assertThat(Api.as("alice").get("/api/v1/events", "text/event-stream").status()).isEqualTo(403);
        assertThat(Api.as("alice").get("/api/v1/risk-graph").status()).isEqualTo(403);
        long alices = Api.as("alice").get("/api/v1/accounts").array().getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(Api.as("bob").get("/api/v1/accounts/" + alices + "/margin/profile?underlying=BTC-USD").status())
                .as("a trader cannot chart another's account").isEqualTo(404);
        assertThat(Api.as("alice").get("/api/v1/accounts/" + alices + "/margin/profile?underlying=BTC-USD").json()
                .getJsonArray("points")).hasSize(25);
    }

    @Test
    void aWrongPasswordIsRefusedInThePageWithoutTheBrowsersOwnLoginBox() throws Exception {
        java.net.http.HttpResponse<String> fromConsole = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(Api.SERVER.resolve("/api/v1/me"))
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                                .encodeToString("risk:wrong".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .header("X-Requested-With", "clearstone-console").build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(fromConsole.statusCode()).isEqualTo(401);
        assertThat(fromConsole.headers().firstValue("WWW-Authenticate")).as("no challenge for the console").isEmpty();
        assertThat(Api.as("risk", "wrong").get("/api/v1/me").status()).isEqualTo(401);

        try (Browser browser = Browser.open()) {
            browser.driver.get(Api.SERVER.resolve("/").toString());
            browser.until(d -> d.findElement(By.id("login-submit")).isEnabled());
            browser.find("login-user").sendKeys("risk");
            browser.find("login-password").sendKeys("wrong");
            browser.find("login-submit").click();
            browser.until(d -> d.findElement(By.id("login-error")).getText().contains("Wrong user or password"));
            assertThat(browser.find("console").isDisplayed()).isFalse();
        }
    }

    @Test
    void anAdministratorAlsoSeesTheConfiguration() {
        try (Browser browser = Browser.open().signIn("admin")) {
            browser.until(d -> d.findElement(By.id("console")).isDisplayed());
            browser.tab("configuration");
            browser.until(d -> d.findElement(By.id("config-assets")).getText().contains("USDC"));
            assertThat(browser.find("config-oracle").getText()).contains("BTC-USD");
            // the single server is its own cluster of one, and runs the clearing engine
            browser.until(d -> d.findElement(By.id("config-cluster")).getText().contains("runs it"));
            assertThat(browser.find("config-cluster-summary").getText()).startsWith("Single server: the clearing "
                    + "engine runs on ");
        }
    }
}
