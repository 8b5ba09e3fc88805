package io.clearstone.instruments.futures;

/**
 * Linear: one contract is {@code contractSize} coins, quoted, margined and settled in the quote asset (USDC by
 * default). Inverse: one contract is worth {@code contractSize} USD, margined and settled in the coin.
 */
public enum ContractStyle {
    LINEAR, INVERSE
}
