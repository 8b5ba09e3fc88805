package io.clearstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jakarta.json.JsonObject;

/**
 * A surface with static arbitrage is refused as a 422 problem naming each point at fault, and the last surface stays.
 * Each test has a coin of its own at 100, whose surface source {@code oracle} reports.
 */
@ExtendWith(ArquillianExtension.class)
class SurfaceArbitrageIT {

    private final Instant month = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    private final Instant quarter = month.plus(60, ChronoUnit.DAYS);
    private String symbol;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeEach
    void aCoinWithASmile() {
        symbol = ControlledMarket.open("100").symbol;
        Api.Reply source = Api.as("admin").post("/api/v1/oracle/surface-sources", "{\"name\":\"a"
                + Api.unique().toLowerCase() + "\",\"underlying\":\"" + symbol
                + "\",\"description\":\"arbitrage tests\",\"reporter\":\"oracle\"}");
        assertThat(source.status()).as(source.toString()).isEqualTo(201);
        Api.Reply convex = push(point(month, 90, 0.62) + "," + point(month, 100, 0.58) + ","
                + point(month, 110, 0.60) + "," + point(quarter, 90, 0.60) + "," + point(quarter, 100, 0.57) + ","
                + point(quarter, 110, 0.58));
        assertThat(convex.status()).as(convex.toString()).isEqualTo(200);
    }

    @Test
    void theTenThreeHundredTenSmileIsRefusedAtItsMiddleStrike() {
        JsonObject before = surface();

        Api.Reply refused = push(point(month, 90, 0.10) + "," + point(month, 100, 3.00) + ","
                + point(month, 110, 0.10));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.isProblem()).isTrue();
        JsonObject problem = refused.json();
        assertThat(problem.getString("type")).isEqualTo("/problems/oracle/butterfly-arbitrage");
        assertThat(problem.getString("field")).isEqualTo("points[1].volatility");
        assertThat(problem.getJsonArray("errors")).hasSize(1);
        assertThat(problem.getString("detail")).contains("strike 100 ", "between strikes 90 and 110",
                month.toString());
        assertThat(surface()).as("the last surface stays").isEqualTo(before);
    }

    @Test
    void aCalendarInversionIsRefusedNamingBothExpiries() {
        Api.Reply refused = push(point(month, 100, 0.9) + "," + point(quarter, 100, 0.3));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().getString("type")).isEqualTo("/problems/oracle/calendar-arbitrage");
        assertThat(refused.json().getString("field")).isEqualTo("points[1].volatility");
        assertThat(refused.json().getString("detail")).contains(month.toString(), quarter.toString());
    }

    private Api.Reply push(String points) {
        return Api.as("oracle").put("/api/v1/oracle/surfaces/" + symbol, "{\"points\":[" + points + "]}");
    }

    private JsonObject surface() {
        return Api.as("risk").get("/api/v1/oracle/surfaces/" + symbol).json();
    }

    static String point(Instant expiry, double strike, double volatility) {
        return "{\"expiry\":\"" + expiry + "\",\"strike\":" + strike + ",\"volatility\":" + volatility + "}";
    }
}
