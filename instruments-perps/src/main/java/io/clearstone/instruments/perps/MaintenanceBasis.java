package io.clearstone.instruments.perps;

/** The notional a linear swap's maintenance margin is a share of. */
public enum MaintenanceBasis {
    /**
     * The notional at the mark price, so maintenance moves with the price (Binance USDⓈ-M): the default for linear
     * swaps.
     */
    MARK,
    /**
     * The notional at the entry price, fixed while the position is (Bybit's USDT perpetuals, BitMEX): how inverse swaps
     * count it, and a choice for linear ones.
     */
    ENTRY
}
