package io.clearstone.domain.instrument;

/**
 * Who covers what a bankrupt account still owes once the insurance fund cannot, chosen per instrument.
 * AUTO_DELEVERAGING: the bankrupt positions are closed against the opposite side's most profitable, most leveraged
 * holders (ranked by unrealised P&L / equity, BitMEX's profit % × effective leverage), who also bear the remaining
 * loss in proportion to what they took over. SOCIALIZED_LOSS: the positions go to the backstop and the loss is shared
 * by every profitable opposite-side holder in proportion to their unrealised profit.
 */
public enum ShortfallPolicy {
    AUTO_DELEVERAGING, SOCIALIZED_LOSS
}
