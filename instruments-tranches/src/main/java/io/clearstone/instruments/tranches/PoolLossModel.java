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
        Setup setup = setup(pool, index, market);
        GaussianCopulaMonteCarlo.Estimate share = setup.expectation(setup.tranche()::of);
        return new GaussianCopulaMonteCarlo.Estimate(setup.size() * share.mean(),
                setup.size() * share.standardError(), share.paths());
    }

    /**
     * The distribution of the share of the tranche's balance lost: element 0 is the probability of no loss, element
     * k (1 to {@code buckets}) that of a loss in ((k − 1)/buckets, k/buckets].
     */
    double[] lossDistribution(CreditPool pool, int index, MarketSnapshot market, int buckets) {
        Setup setup = setup(pool, index, market);
        double[] probabilities = new double[buckets + 1];
        for (int k = 0; k <= buckets; k++) {
            int bucket = k;
            probabilities[k] = setup.expectation(loss -> bucketOf(setup.tranche().of(loss), buckets) == bucket ? 1 : 0)
                    .mean();
        }
        return probabilities;
    }

    private static int bucketOf(double share, int buckets) {
        return share <= 1e-12 ? 0 : Math.min(buckets, (int) Math.ceil(share * buckets - 1e-12));
    }

    /**
     * Where the tranche sits in the loans' loss space, and the model that gives expectations over that loss: the
     * tranche's share lost is {@code tranche().of(ℓ)} for the loans' loss fraction ℓ.
     */
    private Setup setup(CreditPool pool, int index, MarketSnapshot market) {
        List<CreditPool.Tranche> tranches = pool.tranches();
        double size = tranches.get(index).balance();
        double attachment = pool.reserve();
        for (int junior = index + 1; junior < tranches.size(); junior++) {
            attachment += tranches.get(junior).balance();
        }
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
        Loans loans = Loans.of(pool, loanPar);
        if (size <= 0 || loans == null) {
            // no credit risk left: the share lost is known
            double known = size <= 0 ? 0 : clamp(collateralShortfall - attachment, size) / size;
            return new Setup(Math.max(size, 0), new TrancheLoss(-1, 0), g -> exact(g.applyAsDouble(known - 1)));
        }
        // the loans' losses, as a share of their par, that the tranche sits between
        TrancheLoss tranche = new TrancheLoss((attachment - collateralShortfall) / loanPar,
                (attachment + size - collateralShortfall) / loanPar);
        if (loans.effectiveNames() >= largePoolNames) {
            if (loans.alike() && loans.equalPar()) {
                VasicekLargePool model = new VasicekLargePool(loans.cumulativeDefault()[0], pool.correlation(),
                        loans.lossGivenDefault()[0]);
                return new Setup(size, tranche, g -> exact(model.expectation(g)));
            }
            LargeMixedPool model = new LargeMixedPool(loans.weight(), loans.cumulativeDefault(),
                    loans.lossGivenDefault(), pool.correlation());
            return new Setup(size, tranche, g -> exact(model.expectation(g)));
        }
        if (loans.alike() && loans.equalPar()) {
            HomogeneousPool model = new HomogeneousPool(loans.count(), -Math.log1p(-loans.annualDefault()),
                    1 - loans.lossGivenDefault()[0], pool.correlation());
            return new Setup(size, tranche, g -> exact(model.expectation(g, loans.years())));
        }
        GaussianCopulaMonteCarlo model = new GaussianCopulaMonteCarlo(loans.weight(), loans.cumulativeDefault(),
                loans.lossGivenDefault(), pool.correlation());
        return new Setup(size, tranche, g -> model.expectation(g, paths, seed));
    }

    /** A tranche placed in the loans' loss space, with expectations over that loss. */
    private record Setup(double size, TrancheLoss tranche,
                         java.util.function.Function<java.util.function.DoubleUnaryOperator,
                                 GaussianCopulaMonteCarlo.Estimate> model) {

        GaussianCopulaMonteCarlo.Estimate expectation(java.util.function.DoubleUnaryOperator g) {
            return model.apply(g);
        }
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
    }
}
