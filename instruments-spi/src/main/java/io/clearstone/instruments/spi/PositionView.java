package io.clearstone.instruments.spi;

/**
 * A position in one instrument, as valuation sees it.
 *
 * @param quantity     signed number of contracts: positive long, negative short
 * @param averagePrice average entry price per contract, in the instrument's price unit
 */
public record PositionView(double quantity, double averagePrice) {

    public static PositionView of(double quantity) {
        return new PositionView(quantity, 0);
    }
}
