package io.clearstone.domain.ledger;

import java.math.BigDecimal;

/** A balance as the API shows it, at the asset's scale. */
public record BalanceView(long accountId, String asset, BigDecimal amount) {
}
