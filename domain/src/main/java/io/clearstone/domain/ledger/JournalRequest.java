package io.clearstone.domain.ledger;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A balanced set of postings to book as one journal transaction.
 *
 * @param type      why value moves
 * @param reference what the movement belongs to (a request, a trade, a settlement), for audit
 * @param postings  at least two legs, summing to zero per asset
 */
public record JournalRequest(JournalType type, String reference, List<Posting> postings) {

    public JournalRequest {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(reference, "reference");
        postings = List.copyOf(postings);
        if (postings.size() < 2) {
            throw new IllegalArgumentException("a journal transaction has at least two legs");
        }
        Map<String, BigDecimal> sums = new HashMap<>();
        postings.forEach(p -> sums.merge(p.asset(), p.amount(), BigDecimal::add));
        sums.forEach((asset, sum) -> {
            if (sum.signum() != 0) {
                throw new IllegalArgumentException("legs in " + asset + " sum to " + sum + ", not zero");
            }
        });
    }

    /** A transfer of {@code amount} from one account to another. */
    public static JournalRequest transfer(JournalType type, String reference, long from, long to, String asset,
                                          BigDecimal amount) {
        if (from == to) {
            throw new IllegalArgumentException("a transfer moves value between two different accounts");
        }
        return new JournalRequest(type, reference,
                List.of(Posting.of(from, asset, amount.negate()), Posting.of(to, asset, amount)));
    }
}
