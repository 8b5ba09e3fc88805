package io.clearstone.web.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jakarta.json.bind.Jsonb;

public class PlainDecimalSerializerTest {

    public record Balance(String asset, BigDecimal amount) {
    }

    private final Jsonb json = ApiJson.create();

    @Test
    void a_zero_at_a_ledger_scale_of_18_is_written_plain_not_as_0E_18() {
        assertThat(json.toJson(new Balance("ETH", new BigDecimal("0E-18"))))
                .isEqualTo("{\"amount\":0.000000000000000000,\"asset\":\"ETH\"}");
    }

    @Test
    void amounts_keep_their_asset_scale() {
        assertThat(json.toJson(new Balance("USDC", new BigDecimal("25000").setScale(6))))
                .isEqualTo("{\"amount\":25000.000000,\"asset\":\"USDC\"}");
        assertThat(json.toJson(new Balance("USDC", BigDecimal.ZERO.setScale(6))))
                .isEqualTo("{\"amount\":0.000000,\"asset\":\"USDC\"}");
    }

    @Test
    void small_and_large_values_never_turn_to_exponent_notation() {
        assertThat(json.toJson(List.of(new BigDecimal("1E-8"), new BigDecimal("6.5E+4"), new BigDecimal("-1E-12"))))
                .isEqualTo("[0.00000001,65000,-0.000000000001]");
    }

    @Test
    void decimals_inside_maps_and_nulls_are_written_too() {
        assertThat(json.toJson(Map.of("x", new BigDecimal("1E-7")))).isEqualTo("{\"x\":0.0000001}");
        assertThat(json.toJson(new Balance("BTC", null))).isEqualTo("{\"asset\":\"BTC\"}");
    }

    @Test
    void what_is_written_reads_back_as_the_same_number() {
        BigDecimal small = new BigDecimal("0.00000001");
        assertThat(json.fromJson(json.toJson(new Balance("BTC", small)), Balance.class).amount())
                .isEqualByComparingTo(small);
    }
}
