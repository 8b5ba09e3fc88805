package io.clearstone.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.StringJoiner;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.clearstone.instruments.options.Black76OptionPricer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/**
 * {@code POST /oracle/implied-volatilities}: a chain's prices, made here by Black–Scholes at known volatilities,
 * come back as those volatilities; a price below intrinsic value gets a problem of its own; with {@code store} the
 * chain becomes the underlying's surface, for its surface source's reporter only and through the arbitrage checks.
 */
@ExtendWith(ArquillianExtension.class)
class ImpliedVolatilityIT {

    private static final String PATH = "/api/v1/oracle/implied-volatilities";
    private static final double SPOT = 100;
    private static final double RATE = 0.03;
    private final Instant month = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    private final Instant quarter = month.plus(60, ChronoUnit.DAYS);
    private final Black76OptionPricer pricer = new Black76OptionPricer();
    private String symbol;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeEach
    void aCoinWithASurfaceSource() {
        symbol = ControlledMarket.open("100").symbol;
        Api.Reply source = Api.as("admin").post("/api/v1/oracle/surface-sources", "{\"name\":\"i"
                + Api.unique().toLowerCase() + "\",\"underlying\":\"" + symbol
                + "\",\"description\":\"implied from a chain\",\"reporter\":\"oracle\"}");
        assertThat(source.status()).as(source.toString()).isEqualTo(201);
    }

    @Test
    void aChainGivesBackTheVolatilitiesItWasPricedAtAndAProblemPerBadQuote() {
        List<Quote> chain = List.of(new Quote(month, 90, "PUT", 0.62), new Quote(month, 100, "CALL", 0.58),
                new Quote(month, 110, "CALL", 0.60), new Quote(quarter, 90, "PUT", 0.60),
                new Quote(quarter, 100, "PUT", 0.57), new Quote(quarter, 110, "CALL", 0.58));
        // a put at 110 a month out is worth at least its intrinsic 110·e^(−rT) − 100 = 9.73: 5 is no price
        String body = chain(chain, "{\"expiry\":\"" + month + "\",\"strike\":110,\"right\":\"PUT\",\"price\":5}",
                "");

        Api.Reply reply = Api.as("risk").post(PATH, body);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonObject answer = reply.json();
        assertThat(answer.getString("model")).isEqualTo("black-76");
        assertThat(answer.containsKey("surface")).as("nothing stored").isFalse();
        JsonArray quotes = answer.getJsonArray("quotes");
        assertThat(quotes).hasSize(chain.size() + 1);
        for (int i = 0; i < chain.size(); i++) {
            assertThat(quotes.getJsonObject(i).getJsonNumber("volatility").doubleValue()).as("quote " + i)
                    .isCloseTo(chain.get(i).volatility(), within(1e-6));
        }
        JsonObject bad = quotes.getJsonObject(chain.size());
        assertThat(bad.containsKey("volatility")).isFalse();
        assertThat(bad.getJsonObject("problem").getString("type")).isEqualTo("/problems/oracle/price-outside-bounds");
        assertThat(bad.getJsonObject("problem").getString("field")).isEqualTo("quotes[6].price");
        assertThat(bad.getJsonObject("problem").getString("detail")).contains("intrinsic");

        String storeIt = body.replace("}]}", "}],\"store\":true}");
        assertThat(Api.as("risk").post(PATH, storeIt).status()).as("not the reporter: refused first").isEqualTo(403);
        Api.Reply notStored = Api.as("oracle").post(PATH, storeIt);
        assertThat(notStored.status()).as(notStored.toString()).isEqualTo(422);
        assertThat(notStored.json().getString("type")).isEqualTo("/problems/oracle/unsolved-quotes");
        assertThat(notStored.json().getString("field")).isEqualTo("quotes[6].price");
        assertThat(Api.as("risk").get("/api/v1/oracle/surfaces/" + symbol).status()).isEqualTo(404);
    }

    @Test
    void onlyTheSurfaceSourcesReporterStoresTheImpliedSurface() {
        List<Quote> chain = List.of(new Quote(month, 90, "PUT", 0.62), new Quote(month, 100, "CALL", 0.58),
                new Quote(month, 110, "CALL", 0.60), new Quote(quarter, 90, "PUT", 0.60),
                new Quote(quarter, 100, "CALL", 0.57), new Quote(quarter, 110, "CALL", 0.58));
        String store = chain(chain, null, ",\"store\":true");

        Api.Reply byRisk = Api.as("risk").post(PATH, store);
        assertThat(byRisk.status()).as(byRisk.toString()).isEqualTo(403);
        assertThat(Api.as("alice").post(PATH, store).status()).isEqualTo(403);

        Api.Reply stored = Api.as("oracle").post(PATH, store);
        assertThat(stored.status()).as(stored.toString()).isEqualTo(200);
        JsonArray points = Api.as("risk").get("/api/v1/oracle/surfaces/" + symbol).json().getJsonArray("points");
        assertThat(points).hasSize(chain.size());
        for (int i = 0; i < chain.size(); i++) {
            assertThat(points.getJsonObject(i).getJsonNumber("volatility").doubleValue())
                    .isCloseTo(chain.get(i).volatility(), within(1e-6));
        }
    }

    @Test
    void aChainImplyingButterflyArbitrageIsNotStored() {
        List<Quote> chain = List.of(new Quote(month, 90, "CALL", 0.10), new Quote(month, 100, "CALL", 3.00),
                new Quote(month, 110, "CALL", 0.10));

        Api.Reply refused = Api.as("oracle").post(PATH, chain(chain, null, ",\"store\":true"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().getString("type")).isEqualTo("/problems/oracle/butterfly-arbitrage");
        assertThat(refused.json().getString("field")).isEqualTo("quotes[1].price");
        assertThat(Api.as("risk").get("/api/v1/oracle/surfaces/" + symbol).status()).isEqualTo(404);
    }

    @Test
    void withoutASpotTheFreshIndexIsUsedAndAnUnknownUnderlyingIsNamed() {
        String quote = "{\"expiry\":\"" + month + "\",\"strike\":100,\"right\":\"CALL\",\"price\":"
                + pricer.price(SPOT, 100, years(month), 0.5, 0, 0, true) + "}";
        Api.Reply fromIndex = Api.as("admin").post(PATH, "{\"underlying\":\"" + symbol + "\",\"rate\":0,"
                + "\"quotes\":[" + quote + "]}");
        assertThat(fromIndex.status()).as(fromIndex.toString()).isEqualTo(200);
        assertThat(fromIndex.json().getJsonNumber("spot").doubleValue()).isEqualTo(SPOT);
        assertThat(fromIndex.json().getJsonArray("quotes").getJsonObject(0).getJsonNumber("volatility")
                .doubleValue()).isCloseTo(0.5, within(1e-6));

        Api.Reply unknown = Api.as("risk").post(PATH, "{\"underlying\":\"NOPE-USD\",\"quotes\":[" + quote + "]}");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().getString("field")).isEqualTo("underlying");
        Api.Reply negative = Api.as("risk").post(PATH, "{\"underlying\":\"" + symbol + "\",\"quotes\":["
                + quote.replaceFirst("\"price\":[^}]*", "\"price\":-1") + "]}");
        assertThat(negative.status()).as(negative.toString()).isEqualTo(400);
        assertThat(negative.json().getString("field")).isEqualTo("quotes[0].price");
    }

    private String chain(List<Quote> quotes, String extraQuote, String options) {
        StringJoiner joined = new StringJoiner(",", "[", "]");
        for (Quote quote : quotes) {
            double price = pricer.price(SPOT, quote.strike(), years(quote.expiry()), quote.volatility(), RATE, 0,
                    quote.right().equals("CALL"));
            joined.add("{\"expiry\":\"" + quote.expiry() + "\",\"strike\":" + quote.strike() + ",\"right\":\""
                    + quote.right() + "\",\"price\":" + String.format(java.util.Locale.ROOT, "%.15f", price) + "}");
        }
        if (extraQuote != null) {
            joined.add(extraQuote);
        }
        return "{\"underlying\":\"" + symbol + "\",\"spot\":" + SPOT + ",\"rate\":" + RATE + ",\"quotes\":" + joined
                + options + "}";
    }

    /**
     * ACT/365 from now. The server values the chain a little later: T shorter by dT moves the volatility by about
     * σ·dT/(2T), 6e-8 for a second at a month, so the volatilities are compared to 1e-6 (the solver itself is checked
     * to 1e-10 in the options plugin's tests).
     */
    private static double years(Instant expiry) {
        return java.time.Duration.between(Instant.now(), expiry).toMillis() / (365.0 * 24 * 3600 * 1000);
    }

    private record Quote(Instant expiry, double strike, String right, double volatility) {
    }
}
