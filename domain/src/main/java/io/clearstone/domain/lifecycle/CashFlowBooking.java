package io.clearstone.domain.lifecycle;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

import io.clearstone.domain.ledger.Posting;
import io.clearstone.instruments.spi.CashFlowInstruction;

/**
 * Turns the instructions a plugin gave for each position at one event into ledger legs: every amount in its own asset,
 * rounded half-even to that asset's decimals, one leg per holder and asset, and per asset one leg on the settlement
 * account that makes the transaction balance. Pure: the executor books the result.
 */
final class CashFlowBooking {

    private CashFlowBooking() {
    }

    /** What the plugin said for one position. */
    record PositionFlows(long accountId, List<CashFlowInstruction> instructions) {
        PositionFlows {
            instructions = List.copyOf(instructions);
        }
    }

    /**
     * What one position gets.
     *
     * @param settlementAssetFlow the rounded amount in the instrument's settlement asset: what its P&L counts
     * @param closes              whether any instruction ends the position
     */
    record PositionOutcome(long accountId, BigDecimal settlementAssetFlow, boolean closes) {
    }

    /** The legs to book (empty or at least two, balanced per asset) and each position's outcome, in input order. */
    record Booking(List<Posting> postings, List<PositionOutcome> outcomes) {
    }

    static Booking of(List<PositionFlows> positions, String settlementAsset, long settlementAccountId,
                      ToIntFunction<String> decimals) {
        Map<String, Map<Long, BigDecimal>> byAssetAndHolder = new TreeMap<>();
        List<PositionOutcome> outcomes = new ArrayList<>();
        for (PositionFlows position : positions) {
            BigDecimal inSettlementAsset = BigDecimal.ZERO;
            boolean closes = false;
            for (CashFlowInstruction instruction : position.instructions()) {
                Objects.requireNonNull(instruction.asset(), "a cash-flow instruction names its asset");
                Objects.requireNonNull(instruction.amount(), "a cash-flow instruction has an amount");
                BigDecimal amount = instruction.amount().setScale(decimals.applyAsInt(instruction.asset()),
                        RoundingMode.HALF_EVEN);
                byAssetAndHolder.computeIfAbsent(instruction.asset(), a -> new TreeMap<>())
                        .merge(position.accountId(), amount, BigDecimal::add);
                if (instruction.asset().equals(settlementAsset)) {
                    inSettlementAsset = inSettlementAsset.add(amount);
                }
                closes |= instruction.closesPosition();
            }
            outcomes.add(new PositionOutcome(position.accountId(), inSettlementAsset, closes));
        }
        List<Posting> postings = new ArrayList<>();
        for (Map.Entry<String, Map<Long, BigDecimal>> asset : byAssetAndHolder.entrySet()) {
            BigDecimal paidOut = BigDecimal.ZERO;
            for (Map.Entry<Long, BigDecimal> holder : asset.getValue().entrySet()) {
                if (holder.getValue().signum() != 0) {
                    postings.add(Posting.of(holder.getKey(), asset.getKey(), holder.getValue()));
                    paidOut = paidOut.add(holder.getValue());
                }
            }
            if (paidOut.signum() != 0) {
                postings.add(Posting.of(settlementAccountId, asset.getKey(), paidOut.negate()));
            }
        }
        // holders' legs that cancel exactly (a long and a short of one size) need no settlement leg
        return new Booking(postings.size() >= 2 ? postings : List.of(), outcomes);
    }
}
