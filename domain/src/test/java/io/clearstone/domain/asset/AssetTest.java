package io.clearstone.domain.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import io.clearstone.domain.shared.InvalidRequestException;

class AssetTest {

    private final Asset usdc = new Asset(new AssetTerms("USDC", 6, AssetKind.STABLECOIN, true,
            new BigDecimal("0.98"), "USDC-USD"));

    @Test
    void amountsTakeTheAssetsScale() {
        assertThat(usdc.toLedgerScale(new BigDecimal("1.5"), "amount")).isEqualTo(new BigDecimal("1.500000"));
        assertThat(usdc.toLedgerScale(new BigDecimal("2.1000000000"), "amount")).isEqualTo(new BigDecimal("2.100000"));
        assertThat(usdc.toLedgerScale(new BigDecimal("1E+3"), "amount")).isEqualTo(new BigDecimal("1000.000000"));
    }

    @Test
    void moreDecimalsThanTheAssetHasAreRefusedNotRounded() {
        assertThatThrownBy(() -> usdc.toLedgerScale(new BigDecimal("0.0000001"), "amount"))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).field()).isEqualTo("amount"));
    }

    @Test
    void theCollateralWeightCountsOnlyForAcceptedCollateralButThePolicyKeepsIt() {
        assertThat(usdc.collateralWeight()).isEqualByComparingTo("0.98");
        usdc.apply(new CollateralPolicy(false, new BigDecimal("0.98")));
        assertThat(usdc.collateralWeight()).isZero();
        assertThat(usdc.collateralPolicy()).isEqualTo(new CollateralPolicy(false, new BigDecimal("0.98")));
    }
}
