package io.clearstone.domain.margin;

/**
 * Where an account stands, from its equity E, initial margin IM and maintenance margin MM:
 * BANKRUPT when E ≤ 0 and it holds positions or debt; LIQUIDATION when E < MM; MARGIN_CALL when E < IM (it may not
 * add risk and is warned); HEALTHY otherwise.
 */
public enum MarginState {
    HEALTHY, MARGIN_CALL, LIQUIDATION, BANKRUPT;

    public static MarginState of(double equity, double initial, double maintenance) {
        if (equity <= 0 && (maintenance > 0 || equity < 0)) {
            return BANKRUPT;
        }
        if (equity < maintenance) {
            return LIQUIDATION;
        }
        if (equity < initial) {
            return MARGIN_CALL;
        }
        return HEALTHY;
    }
}
