package io.clearstone.instruments.spi;

import java.math.BigDecimal;

/**
 * What an event means for one position's holder: the platform books {@code amount} of {@code asset} to (positive) or
 * from (negative) the holder, against its settlement account, rounding to the asset's decimals. A plugin never writes
 * the ledger itself.
 *
 * @param closesPosition whether the event ends the position (e.g. expiry)
 */
public record CashFlowInstruction(String asset, BigDecimal amount, String reason, boolean closesPosition) {
}
