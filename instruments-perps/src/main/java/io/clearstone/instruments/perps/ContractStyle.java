package io.clearstone.instruments.perps;

/**
 * Linear: margined and settled in the quote stablecoin, one contract is {@code contractSize} coins. Inverse: margined
 * and settled in the coin, one contract is worth {@code contractSize} USD.
 */
public enum ContractStyle {
    LINEAR, INVERSE
}
