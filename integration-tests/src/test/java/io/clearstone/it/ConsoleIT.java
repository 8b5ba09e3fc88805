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
            market.price("80");

            browser.until(d -> d.findElement(By.id("live-liquidations")).getText().contains("BANKRUPTCY_CLOSE"));
            String live = browser.find("live-liquidations").getText();
            assertThat(live).contains(String.valueOf(account), "INSURANCE_PAYMENT");
            assertThat(browser.find("live-indices").getText()).contains(market.symbol);
            browser.screenshot("console-live");
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
    }

    @Test
    void anAdministratorAlsoSeesTheConfiguration() {
        try (Browser browser = Browser.open().signIn("admin")) {
            browser.until(d -> d.findElement(By.id("console")).isDisplayed());
            browser.tab("configuration");
            browser.until(d -> d.findElement(By.id("config-assets")).getText().contains("USDC"));
            assertThat(browser.find("config-oracle").getText()).contains("BTC-USD");
        }
    }
}
