package io.clearstone.web.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.clearstone.domain.asset.AssetTerms;
import io.clearstone.domain.asset.CollateralPolicy;
import io.clearstone.domain.funds.MoneyMovement;
import io.clearstone.domain.instrument.CreateInstrumentRequest;
import io.clearstone.domain.oracle.ImpliedVolatilityRequest;
import io.clearstone.domain.oracle.SurfaceRequest;
import io.clearstone.domain.oracle.SymbolRulesRequest;
import io.clearstone.domain.securitization.CreatePoolRequest;
import io.clearstone.domain.securitization.ServicerReport;
import io.clearstone.domain.shared.FieldViolation;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;

class StrictJsonTest {

    private static final String ASSET = "{\"symbol\":\"BTC\",\"decimals\":8,\"kind\":\"COIN\",\"collateral\":true,"
            + "\"collateralWeight\":0.9,\"oracleSymbol\":\"BTC-USD\"";

    private static JsonValue read(String json, Type type) {
        try {
            return StrictJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<FieldViolation> refusal(String json, Type type) {
        try {
            read(json, type);
        } catch (InvalidBodyException refused) {
            return refused.violations();
        }
        throw new AssertionError("accepted: " + json);
    }

    @Test
    void aWellFormedRequestPassesUnchanged() {
        JsonObject asset = read(ASSET + "}", AssetTerms.class).asJsonObject();
        assertThat(asset.getString("symbol")).isEqualTo("BTC");
        assertThat(asset.getBoolean("collateral")).isTrue();
        assertThat(asset.getJsonNumber("collateralWeight").bigDecimalValue()).isEqualByComparingTo("0.9");
    }

    /** The asset's weight was called haircut, which means the opposite; a client still sending it learns the new name. */
    @Test
    void theFormerNameOfARenamedFieldIsRefusedNamingTheNewOne() {
        String former = "{\"symbol\":\"BTC\",\"decimals\":8,\"kind\":\"COIN\",\"collateral\":true,"
                + "\"haircut\":0.9,\"oracleSymbol\":\"BTC-USD\"}";
        assertThat(refusal(former, AssetTerms.class)).singleElement().satisfies(violation -> {
            assertThat(violation.field()).isEqualTo("haircut");
            assertThat(violation.message()).contains("use collateralWeight", "share of the value not counted");
        });
        assertThat(refusal("{\"collateral\":true,\"haircut\":0.9}", CollateralPolicy.class))
                .extracting(FieldViolation::field).containsExactly("haircut");
        assertThat(refusal("{\"collateral\":true,\"collateralWeight\":0.9,\"weight\":1}", CollateralPolicy.class))
                .extracting(FieldViolation::message).containsExactly("is not a field of this request");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            huge exponent           | {"asset":"USDC","amount":1E+2147483647}  | amount
            exponent beyond int     | {"asset":"USDC","amount":1E+2147483648}  | amount
            beyond a double         | {"asset":"USDC","amount":1e309}          | amount
            thirty integer digits   | {"asset":"USDC","amount":123456789012345678901234567890} | amount
            nineteen decimals       | {"asset":"USDC","amount":0.0000000000000000001} | amount
            tiny exponent           | {"asset":"USDC","amount":1e-2147483647}  | amount
            number for a string     | {"asset":123,"amount":1}                 | asset
            string for a number     | {"asset":"USDC","amount":"1"}            | amount
            duplicate key           | {"asset":"USDC","amount":1,"amount":2}   | amount
            unknown key             | {"asset":"USDC","amount":1,"amont":2}    | amont
            object for a number     | {"asset":"USDC","amount":{"v":1}}        | amount
            array for the body      | [1]                                      | body
            """)
    void valuesTheFieldCannotHoldAreRefusedByName(String name, String json, String field) {
        assertThat(refusal(json, MoneyMovement.class)).extracting(FieldViolation::field).containsExactly(field);
    }

    @Test
    void aBooleanMustBeTrueOrFalse() {
        assertThat(refusal(ASSET.replace("true", "\"yes\"") + "}", AssetTerms.class))
                .containsExactly(new FieldViolation("collateral", "must be true or false"));
        assertThat(refusal(ASSET.replace("true", "2") + "}", AssetTerms.class))
                .extracting(FieldViolation::field).containsExactly("collateral");
    }

    @Test
    void aWholeNumberMayNotHaveAFractionOrExceedItsType() {
        String rules = "{\"stalenessSeconds\":%s,\"minQuorum\":%s,\"maxDeviation\":0.1}";
        assertThat(refusal(rules.formatted("60", "1.5"), SymbolRulesRequest.class))
                .containsExactly(new FieldViolation("minQuorum", "must be a whole number"));
        assertThat(refusal(rules.formatted("4294967296", "1"), SymbolRulesRequest.class))
                .extracting(FieldViolation::field).containsExactly("stalenessSeconds");
        assertThat(read(rules.formatted("6E+1", "2.0"), SymbolRulesRequest.class).asJsonObject()
                .getJsonNumber("stalenessSeconds").toString()).isEqualTo("60");
    }

    @Test
    void anExponentComesOutInPlainForm() {
        JsonObject movement = read("{\"asset\":\"USDC\",\"amount\":1.5E+3}", MoneyMovement.class).asJsonObject();
        assertThat(movement.getJsonNumber("amount").toString()).isEqualTo("1500");
        JsonObject zero = read("{\"asset\":\"USDC\",\"amount\":0E+2147483647}", MoneyMovement.class).asJsonObject();
        assertThat(zero.getJsonNumber("amount").toString()).isEqualTo("0");
    }

    @Test
    void nestedFieldsAreNamedByTheirPath() {
        String report = "{\"lines\":[{\"asset\":\"L1\",\"interest\":1,\"principal\":0,\"defaulted\":0,\"recovered\":0},"
                + "{\"asset\":\"L2\",\"interest\":1e309,\"principal\":0,\"defaulted\":0,\"recovered\":true}]}";
        assertThat(refusal(report, ServicerReport.class)).extracting(FieldViolation::field)
                .containsExactly("lines[1].interest", "lines[1].recovered");
    }

    @Test
    void datesBeyondTheHorizonAreRefused() {
        String surface = "{\"points\":[{\"expiry\":\"%s\",\"strike\":100,\"volatility\":0.5}]}";
        assertThat(refusal(surface.formatted("9999-12-31T00:00:00Z"), SurfaceRequest.class))
                .containsExactly(new FieldViolation("points[0].expiry", ValueBounds.TIME_RANGE));
        assertThat(refusal(surface.formatted("tomorrow"), SurfaceRequest.class))
                .extracting(FieldViolation::field).containsExactly("points[0].expiry");
        assertThat(read(surface.formatted("2027-03-26T08:00:00Z"), SurfaceRequest.class)).isNotNull();
    }

    @Test
    void anOptionChainIsReadStrictly() {
        String chain = "{\"underlying\":\"BTC-USD\",\"spot\":60000,\"quotes\":[{\"expiry\":\"2027-03-26T08:00:00Z\","
                + "\"strike\":60000,\"right\":\"%s\",\"price\":%s}]%s}";
        assertThat(read(chain.formatted("CALL", "5000", ",\"store\":true"), ImpliedVolatilityRequest.class))
                .isNotNull();
        assertThat(refusal(chain.formatted("call", "5000", ""), ImpliedVolatilityRequest.class))
                .extracting(FieldViolation::field).containsExactly("quotes[0].right");
        assertThat(refusal(chain.formatted("PUT", "\"5000\"", ",\"store\":\"yes\""), ImpliedVolatilityRequest.class))
                .extracting(FieldViolation::field).containsExactly("quotes[0].price", "store");
        assertThat(refusal(chain.formatted("PUT", "1e309", ",\"volatility\":0.5"), ImpliedVolatilityRequest.class))
                .extracting(FieldViolation::field).containsExactly("quotes[0].price", "volatility");
    }

    @Test
    void aLoanMaturityIsADateWithinTheHorizon() {
        String pool = "{\"loans\":[{\"name\":\"L1\",\"par\":100,\"coupon\":0.05,\"maturity\":\"%s\","
                + "\"defaultProbability\":0.01,\"recoveryRate\":0.4}]}";
        assertThat(refusal(pool.formatted("9999-12-31"), CreatePoolRequest.class))
                .extracting(FieldViolation::field).containsExactly("loans[0].maturity");
        assertThat(read(pool.formatted("2030-06-30"), CreatePoolRequest.class)).isNotNull();
    }

    @Test
    void textLongerThanAnyFieldHoldsIsRefusedByName() {
        String longest = "x".repeat(1024);
        String terms = "{\"type\":\"t\",\"terms\":{\"note\":\"%s\"}}";
        assertThat(read(terms.formatted(longest), CreateInstrumentRequest.class)).isNotNull();
        assertThat(refusal(terms.formatted(longest + "x"), CreateInstrumentRequest.class))
                .containsExactly(new FieldViolation("terms.note", "must be at most 1024 characters"));
    }

    @Test
    void textLongerThanItsFieldsSizeIsRefusedByNameBeforeItReachesAColumn() {
        String pool = "{\"underlying\":\"%s\",\"loans\":[{\"name\":\"%s\"}]}";
        assertThat(read(pool.formatted("U".repeat(32), "L".repeat(100)), CreatePoolRequest.class)).isNotNull();
        assertThat(refusal(pool.formatted("U".repeat(33), "L".repeat(101)), CreatePoolRequest.class)).containsExactly(
                new FieldViolation("underlying", "must be at most 32 characters"),
                new FieldViolation("loans[0].name", "must be at most 100 characters"));
    }

    @Test
    void controlCharactersInTextAreRefused() {
        assertThat(refusal("{\"asset\":\"US\\u0000DC\",\"amount\":1}", MoneyMovement.class))
                .containsExactly(new FieldViolation("asset", "must not contain control characters"));
        assertThat(refusal("{\"asset\":\"US\\ud800DC\",\"amount\":1}", MoneyMovement.class))
                .extracting(FieldViolation::field).containsExactly("asset");
    }

    @Test
    void anEnumMustNameOneOfItsValues() {
        assertThat(refusal(ASSET.replace("COIN", "coin") + "}", AssetTerms.class))
                .extracting(FieldViolation::field).containsExactly("kind");
    }

    @Test
    void freeFormTermsAreStillBoundedAndFreeOfDuplicates() {
        assertThat(refusal("{\"type\":\"option.european\",\"terms\":{\"strike\":1e400,\"strike\":2}}",
                CreateInstrumentRequest.class)).extracting(FieldViolation::field)
                .containsExactly("terms.strike", "terms.strike");
        assertThat(read("{\"type\":\"option.european\",\"terms\":{\"strike\":100,\"call\":true,\"legs\":[1,\"a\"]}}",
                CreateInstrumentRequest.class)).isNotNull();
    }

    @Test
    void deepNestingIsRefusedWithoutExhaustingTheStack() {
        String bomb = "{\"type\":\"t\",\"terms\":{\"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}}";
        assertThat(refusal(bomb, CreateInstrumentRequest.class)).extracting(FieldViolation::message)
                .containsExactly("nests deeper than " + StrictJson.MAX_DEPTH + " levels");
    }

    @Test
    void anEmptyBodyIsNoDocumentAndBrokenJsonIsNotJson() {
        assertThat(read(" \n ", MoneyMovement.class)).isNull();
        assertThat(read("", MoneyMovement.class)).isNull();
        assertThatThrownBy(() -> read("{\"asset\":\"USDC\",\"amount\":", MoneyMovement.class))
                .isInstanceOf(JsonParsingException.class);
        assertThatThrownBy(() -> read("{} {}", MoneyMovement.class)).isInstanceOf(JsonParsingException.class);
    }
}
