package io.clearstone.instruments.tranches;

import java.util.List;

import io.clearstone.instruments.spi.CreditPool;
import io.clearstone.instruments.spi.MarketSnapshot;

/**
 * The expected loss of one tranche of a pool, in the settlement asset, over the pool's remaining life.
 *
 * <p>Losses reach the reserve first, then the tranches from the most junior up, so tranche k takes the pool's losses
 * between {@code reserve + Σ junior balances} and that plus its own balance. Collateral tokens lose (or, above their
 * pledged par, add) the gap between par and their value at today's index: a known amount. Loans default under the
 * one-factor Gaussian copula with cumulative probability 1 − (1 − p)^T: when the loans count as at least
 * {@code largePoolNames} effective names (1 / Σ wᵢ², so a pool dominated by a few large loans does not), the large
 * pool limit (Vasicek's closed form for alike loans, its mixed form otherwise); the exact finite pool for fewer equal
 * loans; otherwise a seeded Monte Carlo whose standard error is reported. The same seed in every call makes bumped valuations move smoothly.
 */
final class PoolLossModel {

    private final int largePoolNames;
    private final int paths;
    private final long seed;

    PoolLossModel(int largePoolNames, int paths, long seed) {
        this.largePoolNames = largePoolNames;
        this.paths = paths;
        this.seed = seed;
    }

    /** The expected loss of the tranche at {@code index} (most senior first) and its standard error. */
    GaussianCopulaMonteCarlo.Estimate expectedLoss(CreditPool pool, int index, MarketSnapshot market) {
        List<CreditPool.Tranche> tranches = pool.tranches();
        double size = tranches.get(index).balance();
        if (size <= 0) {
            return exact(0);
        }
        double attachment = pool.reserve();
        for (int junior = index + 1; junior < tranches.size(); junior++) {
            attachment += tranches.get(junior).balance();
        }
        double detachment = attachment + size;
        double collateralShortfall = 0;
        double loanPar = 0;
        for (CreditPool.Asset asset : pool.assets()) {
            if (asset.isCollateral()) {
                double price = market.indexPrice(asset.indexSymbol()).orElseThrow(() -> new IllegalStateException(
                        "no usable index " + asset.indexSymbol() + " for the pool's collateral"));
                collateralShortfall += asset.par() - asset.units() * price;
            } else {
                loanPar += asset.par();
            }
        }
        // The loans' losses, as a share of their par, that the tranche sits between.
        Loans loans = Loans.of(pool, loanPar);
        if (loans == null) {
            return exact(clamp(collateralShortfall - attachment, size));
        }
        double low = (attachment - collateralShortfall) / loanPar;
        double high = (detachment - collateralShortfall) / loanPar;
        if (high <= 0) {
            return exact(size);
        }
        if (low >= loans.worstLoss()) {
            return exact(0);
        }
        TrancheLoss tranche = new TrancheLoss(low, high);
        if (loans.effectiveNames() >= largePoolNames) {
            return exact(size * (loans.alike() && loans.equalPar()
                    ? new VasicekLargePool(loans.cumulativeDefault()[0], pool.correlation(),
                    loans.lossGivenDefault()[0]).expectedLoss(tranche)
                    : new LargeMixedPool(loans.weight(), loans.cumulativeDefault(), loans.lossGivenDefault(),
                    pool.correlation()).expectedLoss(tranche)));
        }
        if (loans.alike() && loans.equalPar()) {
            double hazard = -Math.log1p(-loans.annualDefault());
            return exact(size * new HomogeneousPool(loans.count(), hazard, 1 - loans.lossGivenDefault()[0],
                    pool.correlation()).expectedLoss(tranche, loans.years()));
        }
        GaussianCopulaMonteCarlo.Estimate estimate = new GaussianCopulaMonteCarlo(loans.weight(),
                loans.cumulativeDefault(), loans.lossGivenDefault(), pool.correlation())
                .expectedLoss(tranche, paths, seed);
        return new GaussianCopulaMonteCarlo.Estimate(size * estimate.mean(), size * estimate.standardError(), paths);
    }

    private static double clamp(double loss, double size) {
        return Math.min(Math.max(loss, 0), size);
    }

    private static GaussianCopulaMonteCarlo.Estimate exact(double loss) {
        return new GaussianCopulaMonteCarlo.Estimate(loss, 0, 0);
    }

    /** The pool's loans that can still default, as the copula models take them. */
    private record Loans(double[] weight, double[] cumulativeDefault, double[] lossGivenDefault, double annualDefault,
                         double years, boolean alike, boolean equalPar) {

        static Loans of(CreditPool pool, double loanPar) {
            List<CreditPool.Asset> loans = pool.assets().stream()
                    .filter(a -> !a.isCollateral() && a.par() > 0 && a.defaultProbability() > 0 && a.recovery() < 1)
                    .toList();
            if (loans.isEmpty() || loanPar <= 0) {
                return null;
            }
            double years = Math.max(pool.yearsRemaining(), 1e-6);
            int n = loans.size();
            double[] weight = new double[n];
            double[] cumulative = new double[n];
            double[] lgd = new double[n];
            boolean alike = true;
            boolean equalPar = true;
            CreditPool.Asset first = loans.get(0);
            for (int i = 0; i < n; i++) {
                CreditPool.Asset loan = loans.get(i);
                weight[i] = loan.par() / loanPar;
                // −expm1(T·log1p(−p)) keeps precision near 0; the clamp keeps Φ⁻¹ finite near 1
                cumulative[i] = Math.min(Math.max(-Math.expm1(years * Math.log1p(-loan.defaultProbability())),
                        1e-15), 1 - 1e-15);
                lgd[i] = 1 - loan.recovery();
                alike &= loan.defaultProbability() == first.defaultProbability()
                        && loan.recovery() == first.recovery();
                equalPar &= loan.par() == first.par();
            }
            // Loans that cannot default still count in the par the tranche points are measured against.
            return new Loans(weight, cumulative, lgd, first.defaultProbability(), years,
                    alike && n == pool.assets().stream().filter(a -> !a.isCollateral()).count(), equalPar);
        }

        int count() {
            return weight.length;
        }

        double effectiveNames() {
            double concentration = 0;
            for (double w : weight) {
                concentration += w * w;
            }
            return 1 / concentration;
        }

        double worstLoss() {
            double worst = 0;
            for (int i = 0; i < weight.length; i++) {
                worst += weight[i] * lossGivenDefault[i];
            }
            return worst;
        }
    }
}
