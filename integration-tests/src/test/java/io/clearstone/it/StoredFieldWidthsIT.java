package io.clearstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.StringJoiner;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jakarta.json.JsonObject;

/**
 * What a client sends is either refused, naming the field, or stored whole: no request value meets a column too
 * narrow for it at commit (a 500, with the request half-accepted as far as the client can tell).
 */
@ExtendWith(ArquillianExtension.class)
class StoredFieldWidthsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /**
     * A pool keeps its underlying in 32 characters: a longer one was accepted at proposal though no pool can hold it.
     * A loan's name, deep in the list, is named by its path.
     */
    @Test
    void overLongNamesInAPoolProposalAreRefusedAsValuesNamingEachField() {
        long sponsor = Fixtures.openAccount("alice");
        Api.Reply proposed = Pools.proposeLoans("W" + Api.unique(), sponsor, "U".repeat(29) + "-USD",
                "[" + Pools.loan("L1", "100", "0.08") + "," + Pools.loan("L".repeat(101), "100", "0.08") + "]");
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(422);
        assertThat(proposed.isProblem()).isTrue();
        JsonObject problem = proposed.json();
        assertThat(problem.getString("type")).isEqualTo("/problems/request/invalid-value");
        assertThat(problem.getString("field")).isEqualTo("underlying");
        assertThat(problem.getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
                .containsExactly("underlying", "loans[1].name");
    }

    /** The widest value the strict input layer lets through in any text field, whatever the field. */
    @Test
    void textLongerThanAnyFieldHoldsIsRefusedNamingItsPath() {
        Api.Reply created = Api.as("admin").post("/api/v1/instruments", "{\"type\":\"swap.perpetual\",\"terms\":{"
                + "\"underlying\":\"" + "B".repeat(1_025) + "\"}}", Api.newKey());
        assertThat(created.status()).as(created.toString()).isEqualTo(422);
        assertThat(created.isProblem()).isTrue();
        assertThat(created.json().getString("field")).isEqualTo("terms.underlying");
    }

    /** 400 points (the bound) at full precision take some 39,000 characters; the column once held 16,000. */
    @Test
    void aFullVolatilitySurfaceAtFullPrecisionIsStoredWhole() {
        ControlledMarket market = ControlledMarket.open("100");
        Api.Reply source = Api.as("admin").post("/api/v1/oracle/surface-sources", "{\"name\":\"w"
                + Api.unique().toLowerCase() + "\",\"underlying\":\"" + market.symbol
                + "\",\"description\":\"widest surface\",\"reporter\":\"oracle\"}");
        assertThat(source.status()).as(source.toString()).isEqualTo(201);
        Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS);
        StringJoiner points = new StringJoiner(",", "{\"points\":[", "]}");
        for (int expiry = 1; expiry <= 20; expiry++) {
            for (int strike = 0; strike < 20; strike++) {
                points.add("{\"expiry\":\"" + today.plus(expiry * 7L, ChronoUnit.DAYS) + "\",\"strike\":"
                        + "98765432109876543" + (100 + strike) + ".12345678,\"volatility\":0.12345678}");
            }
        }
        Api.Reply pushed = Api.as("oracle").put("/api/v1/oracle/surfaces/" + market.symbol, points.toString());
        assertThat(pushed.status()).as(pushed.toString()).isEqualTo(200);
        JsonObject stored = Api.as("risk").get("/api/v1/oracle/surfaces/" + market.symbol).json();
        assertThat(stored.getJsonArray("points")).hasSize(400);
    }
}
