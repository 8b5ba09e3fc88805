package io.clearstone.instruments.tranches;

/**
 * The fair running spread of a tranche: protection leg / risky annuity. Premiums are paid at the end of each period
 * on the tranche notional still outstanding, with half a period's premium accrued on what is lost during it;
 * protection is paid at mid-period; discounting at a flat continuously compounded rate.
 */
final class TrancheSpread {

    /** Notes pay quarterly. */
    static final int PREMIUMS_PER_YEAR = 4;

    private TrancheSpread() {
    }

    /**
     * @param paymentsPerYear e.g. 4 for quarterly
     * @return the fair spread, per year, as a fraction (0.0450 = 450 bp)
     */
    static double fair(HomogeneousPool pool, TrancheLoss tranche, double years, int paymentsPerYear, double rate) {
        return fair(t -> pool.expectedLoss(tranche, t), years, paymentsPerYear, rate);
    }

    /**
     * @param expectedLossBy the tranche's expected loss by time t (years), as a fraction of its notional now
     */
    static double fair(java.util.function.DoubleUnaryOperator expectedLossBy, double years, int paymentsPerYear,
                       double rate) {
        double[] times = paymentTimes(years, paymentsPerYear);
        double period = years / times.length;
        double annuity = 0;
        double protection = 0;
        double previous = 0;
        for (double t : times) {
            double lost = expectedLossBy.applyAsDouble(t);
            double end = Math.exp(-rate * t);
            double middle = Math.exp(-rate * (t - period / 2));
            annuity += period * (1 - lost) * end + period / 2 * (lost - previous) * middle;
            protection += (lost - previous) * middle;
            previous = lost;
        }
        return protection / annuity;
    }

    /** The premium dates, in years from now: whole periods of at most 1 / paymentsPerYear ending at {@code years}. */
    static double[] paymentTimes(double years, int paymentsPerYear) {
        int periods = Math.max((int) Math.ceil(years * paymentsPerYear - 1e-9), 1);
        double period = years / periods;
        double[] times = new double[periods];
        for (int i = 1; i <= periods; i++) {
            times[i - 1] = i * period;
        }
        return times;
    }
}
