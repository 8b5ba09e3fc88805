package io.clearstone.domain.shared;

import java.math.BigDecimal;

/** Presentation of exact decimals. */
public final class Decimals {

    private Decimals() {
    }

    /** Without trailing zeros and never in exponent form ({@code 65000}, not {@code 6.5E+4}). */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
