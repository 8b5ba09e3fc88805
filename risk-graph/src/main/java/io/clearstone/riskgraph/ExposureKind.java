package io.clearstone.riskgraph;

import java.util.Objects;

/**
 * What an edge of the exposure graph means; an open set of values. An edge points from the exposed party to what it
 * is exposed to (the holder to its collateral asset, a protocol to its oracle, an insurer to what it covers), except
 * CREDIT, which points from debtor to creditor, as liabilities are written in the clearing literature.
 */
public record ExposureKind(String name) {

    /** The source owes the target {@code amount}. */
    public static final ExposureKind CREDIT = new ExposureKind("credit");
    /** The source holds {@code amount} (in USD) of the target asset as collateral or inventory. */
    public static final ExposureKind COLLATERAL = new ExposureKind("collateral");
    /** The source prices {@code amount} (in USD) of positions with the target oracle. */
    public static final ExposureKind ORACLE_DEPENDENCY = new ExposureKind("oracle-dependency");
    /** The source (an insurer) covers the target's losses up to {@code limit}. */
    public static final ExposureKind INSURANCE = new ExposureKind("insurance");
    /** The source provides {@code amount} of the target venue's or pool's liquidity. */
    public static final ExposureKind LIQUIDITY = new ExposureKind("liquidity");

    public ExposureKind {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[a-z][a-z0-9-]{0,31}")) {
            throw new IllegalArgumentException("an exposure kind is a lower-case word: " + name);
        }
    }
}
