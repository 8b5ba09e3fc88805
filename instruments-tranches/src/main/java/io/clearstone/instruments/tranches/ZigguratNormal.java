package io.clearstone.instruments.tranches;

import java.util.SplittableRandom;

/**
 * Standard normal draws by Marsaglia and Tsang's ziggurat ("The Ziggurat Method for Generating Random Variables",
 * J. Stat. Software 5(8), 2000), 128 layers: about 99% of draws cost one random long, a table look-up and a
 * multiplication, against a logarithm and a square root per pair for the polar method. Exact, not an approximation:
 * the rare draws outside a layer's rectangle are accepted or rejected against the density, and the tail beyond
 * r = 3.4426 is sampled by Marsaglia's exponential method.
 *
 * <p>Where we differ from the paper's C code: the layer index and the 32-bit abscissa come from different bits of one
 * 64-bit draw (the paper takes both from one 32-bit word, which correlates them: Doornik, 2005), and the uniforms
 * come from {@link SplittableRandom} instead of SHR3.
 */
final class ZigguratNormal {

    private static final double R = 3.442619855899;
    private static final double AREA = 9.91256303526217e-3;
    private static final double SCALE = 2147483648.0;
    private static final long[] K = new long[128];
    private static final double[] W = new double[128];
    private static final double[] F = new double[128];

    static {
        double d = R;
        double t = d;
        double q = AREA / Math.exp(-0.5 * d * d);
        K[0] = (long) (d / q * SCALE);
        K[1] = 0;
        W[0] = q / SCALE;
        W[127] = d / SCALE;
        F[0] = 1;
        F[127] = Math.exp(-0.5 * d * d);
        for (int i = 126; i >= 1; i--) {
            d = Math.sqrt(-2 * Math.log(AREA / d + Math.exp(-0.5 * d * d)));
            K[i + 1] = (long) (d / t * SCALE);
            t = d;
            F[i] = Math.exp(-0.5 * d * d);
            W[i] = d / SCALE;
        }
    }

    private final SplittableRandom random;

    ZigguratNormal(long seed) {
        this(new SplittableRandom(seed));
    }

    /** Draws from {@code random}, which the caller may also draw uniforms from. */
    ZigguratNormal(SplittableRandom random) {
        this.random = random;
    }

    double next() {
        long bits = random.nextLong();
        int layer = (int) (bits & 127);
        long abscissa = (int) (bits >> 32);
        if (Math.abs(abscissa) < K[layer]) {
            return abscissa * W[layer];
        }
        return outsideRectangle(abscissa, layer);
    }

    private double outsideRectangle(long abscissa, int layer) {
        while (true) {
            double x = abscissa * W[layer];
            if (layer == 0) {
                double tail;
                double y;
                do {
                    tail = -Math.log(1 - random.nextDouble()) / R;
                    y = -Math.log(1 - random.nextDouble());
                } while (y + y < tail * tail);
                return abscissa > 0 ? R + tail : -R - tail;
            }
            if (F[layer] + random.nextDouble() * (F[layer - 1] - F[layer]) < Math.exp(-0.5 * x * x)) {
                return x;
            }
            long bits = random.nextLong();
            layer = (int) (bits & 127);
            abscissa = (int) (bits >> 32);
            if (Math.abs(abscissa) < K[layer]) {
                return abscissa * W[layer];
            }
        }
    }
}
