package io.clearstone.instruments.spi;

/**
 * An edge an instrument adds to the risk graph: {@code from} depends on or is exposed to {@code to}.
 *
 * @param type   e.g. {@code underlying}, {@code oracle}, {@code collateral}, {@code pool}
 * @param weight the size of the exposure where the plugin knows it, in USD; 1 for a plain dependency
 */
public record Exposure(NodeRef from, NodeRef to, String type, double weight) {

    /** A node of the risk graph: its kind (instrument, asset, oracle, pool, …) and identifier. */
    public record NodeRef(String kind, String id) {
    }
}
