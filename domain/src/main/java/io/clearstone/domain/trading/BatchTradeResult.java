package io.clearstone.domain.trading;

/**
 * What became of one trade of a batch: {@code CLEARED} with its receipt, or {@code REFUSED} with the problem (the
 * same problem the single-trade endpoint would answer, its field prefixed by the trade's position in the batch).
 */
public record BatchTradeResult(String clientTradeId, Status status, Long tradeId, TradeReceipt receipt,
                               Problem problem) {

    public enum Status { CLEARED, REFUSED }

    /** RFC 9457 members of a refusal; {@code type} as the single-trade endpoint's problem+json names it. */
    public record Problem(String type, String title, int status, String detail, String field) {
    }

    static BatchTradeResult cleared(String clientTradeId, TradeReceipt receipt) {
        return new BatchTradeResult(clientTradeId, Status.CLEARED, receipt.tradeId(), receipt, null);
    }

    static BatchTradeResult refused(String clientTradeId, Problem problem) {
        return new BatchTradeResult(clientTradeId, Status.REFUSED, null, null, problem);
    }
}
