package io.clearstone.instruments.spi;

/**
 * The margin a position needs on its own, in its settlement asset: initial to open or increase it, maintenance to
 * keep it. Never negative, and maintenance never above initial.
 */
public record StandardMargin(double initial, double maintenance) {

    public StandardMargin {
        if (!(initial >= 0) || !(maintenance >= 0) || maintenance > initial) {
            throw new IllegalArgumentException("need 0 <= maintenance <= initial: " + maintenance + ", " + initial);
        }
    }

    public static final StandardMargin NONE = new StandardMargin(0, 0);
}
