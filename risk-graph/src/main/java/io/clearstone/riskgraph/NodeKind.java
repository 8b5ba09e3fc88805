package io.clearstone.riskgraph;

import java.util.Objects;

/**
 * What a node of the exposure graph is. An open set of values, not an enum: a deployment may register kinds of its
 * own (a custodian, a market maker) next to the standard ones.
 */
public record NodeKind(String name) {

    public static final NodeKind PLATFORM = new NodeKind("platform");
    public static final NodeKind INSTITUTION = new NodeKind("institution");
    public static final NodeKind PROTOCOL = new NodeKind("protocol");
    public static final NodeKind VENUE = new NodeKind("venue");
    public static final NodeKind ASSET = new NodeKind("asset");
    public static final NodeKind ORACLE = new NodeKind("oracle");
    public static final NodeKind INSURER = new NodeKind("insurer");
    public static final NodeKind POOL = new NodeKind("pool");

    public NodeKind {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[a-z][a-z0-9-]{0,31}")) {
            throw new IllegalArgumentException("a node kind is a lower-case word: " + name);
        }
    }
}
