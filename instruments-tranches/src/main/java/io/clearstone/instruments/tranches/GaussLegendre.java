package io.clearstone.instruments.tranches;

/**
 * The n-point Gauss–Legendre rule on [−1, 1]: its nodes are the roots of the Legendre polynomial Pₙ, found by Newton's
 * method from Tricomi's approximation cos(π(i − ¼)/(n + ½)), and its weights 2 / ((1 − x²) Pₙ'(x)²). Exact for
 * polynomials of degree 2n − 1, so on a smooth integrand its error falls geometrically with n.
 */
final class GaussLegendre {

    final double[] nodes;
    final double[] weights;

    GaussLegendre(int n) {
        nodes = new double[n];
        weights = new double[n];
        for (int i = 0; i < (n + 1) / 2; i++) {
            double x = Math.cos(Math.PI * (i + 0.75) / (n + 0.5));
            double derivative = 0;
            for (int iteration = 0; iteration < 100; iteration++) {
                double previous = 1;
                double current = x;
                for (int k = 2; k <= n; k++) {
                    double next = ((2 * k - 1) * x * current - (k - 1) * previous) / k;
                    previous = current;
                    current = next;
                }
                derivative = n * (x * current - previous) / (x * x - 1);
                double step = current / derivative;
                x -= step;
                if (Math.abs(step) < 1e-16) {
                    break;
                }
            }
            nodes[i] = -x;
            nodes[n - 1 - i] = x;
            weights[i] = 2 / ((1 - x * x) * derivative * derivative);
            weights[n - 1 - i] = weights[i];
        }
    }
}
