package io.clearstone.domain.trading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.clearstone.domain.idempotency.Idempotency;
import io.clearstone.domain.idempotency.IdempotentExecutor;
import io.clearstone.domain.idempotency.IdempotentRequest;
import io.clearstone.domain.shared.Caller;
import io.clearstone.domain.shared.ClearingException;
import io.clearstone.domain.shared.InvalidRequestException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * Clears a batch of trades, called outside any transaction. The batch is checked as a whole first (size, client ids
 * unique), then each trade is validated and cleared in a transaction of its own, under an idempotency key of its
 * own, the venue's client trade id. So a refused trade never half-applies another, a crash mid-batch leaves each
 * trade either wholly booked or not at all, and a retried batch (or a trade resent in a new batch) answers what was
 * booked the first time instead of booking it twice. A refused trade is not remembered: resent, it is tried again.
 */
@ApplicationScoped
public class TradeBatches {

    /** The operation a batch trade's idempotency record is filed under, distinct from single trades' keys. */
    static final String TRADE_KEY_PREFIX = "batch-trade:";
    private static final Jsonb JSON = JsonbBuilder.create();

    @EJB
    TradeService trades;
    @Inject
    Idempotency idempotency;
    @EJB
    IdempotentExecutor executor;
    @Inject
    Validator validator;
    @Inject
    @ConfigProperty(name = "clearstone.trade-batch.max-trades", defaultValue = "8000")
    int maxTrades;

    /**
     * @param batch     the batch's own idempotency record; its answer is stored once every trade has a result
     * @param reference the journal reference of the batch; each trade's premium journal gets it with the client id
     */
    public TradeBatchReceipt clear(Caller caller, IdempotentRequest batch, TradeBatchRequest request,
                                   String reference) {
        requireWellFormed(request);
        // Replay first, outside any transaction: the trades run in transactions of their own, so the batch's answer
        // can only be recorded after them (a race of two copies then stores one answer; both books are the same).
        return executor.replay(batch, TradeBatchReceipt.class).orElseGet(() -> {
            TradeBatchReceipt answer = clearEach(caller, request, reference);
            return idempotency.run(batch, TradeBatchReceipt.class, () -> answer);
        });
    }

    private TradeBatchReceipt clearEach(Caller caller, TradeBatchRequest request, String reference) {
        List<BatchTradeResult> results = new ArrayList<>(request.trades().size());
        int cleared = 0;
        for (int i = 0; i < request.trades().size(); i++) {
            BatchTradeResult result = clearOne(caller, i, request.trades().get(i), reference);
            results.add(result);
            if (result.status() == BatchTradeResult.Status.CLEARED) {
                cleared++;
            }
        }
        return new TradeBatchReceipt(cleared, results.size() - cleared, results);
    }

    private BatchTradeResult clearOne(Caller caller, int index, BatchTrade trade, String reference) {
        String prefix = "trades[" + index + "].";
        Set<ConstraintViolation<BatchTrade>> violations = validator.validate(trade);
        if (!violations.isEmpty()) {
            ConstraintViolation<BatchTrade> first = violations.stream()
                    .min((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString()))
                    .orElseThrow();
            return BatchTradeResult.refused(trade.clientTradeId(), new BatchTradeResult.Problem(
                    "/problems/request/invalid-field", "Invalid field", 400,
                    first.getPropertyPath() + " " + first.getMessage(), prefix + first.getPropertyPath()));
        }
        TradeRequest single = trade.toRequest();
        IdempotentRequest key = IdempotentRequest.of(caller.name(), TRADE_KEY_PREFIX + trade.clientTradeId(),
                "POST /trade-batches trade\n" + JSON.toJson(single));
        try {
            TradeReceipt receipt = idempotency.run(key, TradeReceipt.class,
                    () -> trades.clear(caller, single, reference + ":" + trade.clientTradeId()));
            return BatchTradeResult.cleared(trade.clientTradeId(), receipt);
        } catch (ClearingException refused) {
            return BatchTradeResult.refused(trade.clientTradeId(), new BatchTradeResult.Problem(
                    "/problems/" + refused.problemType(), refused.title(), refused.status(), refused.getMessage(),
                    refused.field() == null ? null : prefix + refused.field()));
        }
    }

    private void requireWellFormed(TradeBatchRequest request) {
        if (request == null || request.trades() == null || request.trades().isEmpty()) {
            throw new InvalidRequestException("trade-batch/empty", "Empty batch", "trades",
                    "a batch holds at least one trade");
        }
        if (request.trades().size() > maxTrades) {
            throw new InvalidRequestException("trade-batch/too-large", "Batch too large", "trades",
                    "a batch holds at most " + maxTrades + " trades, this one " + request.trades().size());
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < request.trades().size(); i++) {
            BatchTrade trade = request.trades().get(i);
            if (trade == null) {
                throw new InvalidRequestException("request/invalid-field", "Invalid field", "trades[" + i + "]",
                        "a trade cannot be null");
            }
            if (trade.clientTradeId() == null) {
                continue; // refused on its own by validation
            }
            Integer earlier = seen.putIfAbsent(trade.clientTradeId(), i);
            if (earlier != null) {
                throw new InvalidRequestException("trade-batch/duplicate-client-id", "Client trade id repeated",
                        "trades[" + i + "].clientTradeId", "client trade id " + trade.clientTradeId()
                                + " is also trades[" + earlier + "]; each trade of a batch needs its own");
            }
        }
    }
}
