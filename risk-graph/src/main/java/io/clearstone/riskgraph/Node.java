package io.clearstone.riskgraph;

import java.util.Objects;

/** A vertex: an immutable identifier (kind and id), with a stable hash code; everything else about it lives elsewhere. */
public record Node(NodeKind kind, String id) {

    public Node {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a node needs an id");
        }
    }

    public static Node of(NodeKind kind, String id) {
        return new Node(kind, id);
    }

    @Override
    public String toString() {
        return kind.name() + ":" + id;
    }
}
