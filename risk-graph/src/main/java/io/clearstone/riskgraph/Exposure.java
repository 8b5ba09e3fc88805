package io.clearstone.riskgraph;

import java.util.Objects;

/**
 * An edge: a typed, weighted exposure between two nodes. Edges are compared by identity (JGraphT keeps several
 * between the same pair, one per kind), so the same exposure is one object.
 *
 * @param amount in USD, non-negative
 * @param limit  for insurance coverage, the most it pays; otherwise equal to {@code amount}
 */
public final class Exposure {

    private final ExposureKind kind;
    private final double amount;
    private final double limit;

    public Exposure(ExposureKind kind, double amount, double limit) {
        this.kind = Objects.requireNonNull(kind, "kind");
        if (!(amount >= 0) || !(limit >= 0) || Double.isInfinite(amount)) {
            throw new IllegalArgumentException("an exposure's amount and limit are finite and non-negative");
        }
        this.amount = amount;
        this.limit = limit;
    }

    public static Exposure of(ExposureKind kind, double amount) {
        return new Exposure(kind, amount, amount);
    }

    public ExposureKind kind() {
        return kind;
    }

    public double amount() {
        return amount;
    }

    public double limit() {
        return limit;
    }

    @Override
    public String toString() {
        return kind.name() + " " + amount;
    }
}
