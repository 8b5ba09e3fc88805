package io.clearstone.instruments.digital;

/**
 * The standard normal distribution, the same W. J. Cody approximation as the options plugin's {@code Gaussian}
 * (|x| ≤ 0.46875 approximates erf, beyond it the scaled erfcx, so deep tails keep their digits). Kept here rather
 * than shared: a plugin deployed on its own sees only the SPI, so it carries its own maths.
 */
final class NormalDistribution {

    private static final double SQRT_2 = Math.sqrt(2);
    private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);
    private static final double ONE_OVER_SQRT_PI = 0.56418958354775628695;
    private static final double SMALL = 0.46875;
    private static final double MEDIUM = 4.0;

    private static final double[] A = {3.1611237438705656, 113.864154151050156, 377.485237685302021,
        3209.37758913846947, 0.185777706184603153};
    private static final double[] B = {23.6012909523441209, 244.024637934444173, 1282.61652607737228,
        2844.23683343917062};
    private static final double[] C = {0.564188496988670089, 8.88314979438837594, 66.1191906371416295,
        298.635138197400131, 881.95222124176909, 1712.04761263407058, 2051.07837782607147, 1230.33935479799725,
        2.15311535474403846e-8};
    private static final double[] D = {15.7449261107098347, 117.693950891312499, 537.181101862009858,
        1621.38957456669019, 3290.79923573345963, 4362.61909014324716, 3439.36767414372164, 1230.33935480374942};
    private static final double[] P = {0.305326634961232344, 0.360344899949804439, 0.125781726111229246,
        0.0160837851487422766, 6.58749161529837803e-4, 0.0163153871373020978};
    private static final double[] Q = {2.56852019228982242, 1.87295284992346047, 0.527905102951428412,
        0.0605183413124413191, 0.00233520497626869185};

    private NormalDistribution() {
    }

    static double pdf(double x) {
        return Math.exp(-0.5 * x * x) / SQRT_2PI;
    }

    /** P(Z ≤ x). */
    static double cdf(double x) {
        return 0.5 * erfc(-x / SQRT_2);
    }

    private static double erfc(double x) {
        double y = Math.abs(x);
        double result;
        if (y <= SMALL) {
            result = 1 - erfSmall(x);
            return result;
        }
        result = expMinusSquare(y) * erfcxLarge(y);
        return x < 0 ? 2 - result : result;
    }

    /** erf for |x| ≤ 0.46875. */
    private static double erfSmall(double x) {
        double z = x * x;
        double numerator = A[4] * z;
        double denominator = z;
        for (int i = 0; i < 3; i++) {
            numerator = (numerator + A[i]) * z;
            denominator = (denominator + B[i]) * z;
        }
        return x * (numerator + A[3]) / (denominator + B[3]);
    }

    /** erfcx for y > 0.46875. */
    private static double erfcxLarge(double y) {
        if (y <= MEDIUM) {
            double numerator = C[8] * y;
            double denominator = y;
            for (int i = 0; i < 7; i++) {
                numerator = (numerator + C[i]) * y;
                denominator = (denominator + D[i]) * y;
            }
            return (numerator + C[7]) / (denominator + D[7]);
        }
        double z = 1 / (y * y);
        double numerator = P[5] * z;
        double denominator = z;
        for (int i = 0; i < 4; i++) {
            numerator = (numerator + P[i]) * z;
            denominator = (denominator + Q[i]) * z;
        }
        double r = z * (numerator + P[4]) / (denominator + Q[4]);
        return (ONE_OVER_SQRT_PI - r) / y;
    }

    /** e^(−y²), split as e^(−a²)·e^(−(y−a)(y+a)) with a = y rounded down to 1/16, so y² is never rounded. */
    private static double expMinusSquare(double y) {
        double a = Math.floor(y * 16) / 16;
        return Math.exp(-a * a) * Math.exp(-(y - a) * (y + a));
    }
}
