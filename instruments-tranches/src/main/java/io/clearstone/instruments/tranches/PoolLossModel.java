package io.clearstone.instruments.tranches;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.clearstone.instruments.spi.CreditPool;
import io.clearstone.instruments.spi.MarketSnapshot;

/**
 * The expected loss of one tranche of a pool, in the settlement asset, over the pool's remaining life.
 *
 * <p>Losses reach the reserve first, then the tranches from the most junior up, so tranche k takes the pool's losses
 * between {@code reserve + Σ junior balances} and that plus its own balance. Collateral tokens lose (or, above their
 * pledged par, add) the gap between par and their value at today's index: a known amount. Loans default under the
 * one-factor Gaussian copula with cumulative probability 1 − (1 − p)^T, by the model {@link LoanBook} chooses. The same
 * seed in every call makes bumped valuations move smoothly.
 *
 * <p>The last few pools' loan books are kept (keyed by their assets and correlation), so the tranches of one pool,
 * their loss buckets and their premium dates share one set of loss distributions.
 */
final class PoolLossModel {

    private static final int BOOKS_KEPT = 8;

    private final int largePoolNames;
    private final int paths;
    private final long seed;
    private final Map<BookKey, LoanBook> books = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<BookKey, LoanBook> eldest) {
            return size() > BOOKS_KEPT;
        }
    };

    private volatile Recent recent;

    PoolLossModel(int largePoolNames, int paths, long seed) {
        this.largePoolNames = largePoolNames;
        this.paths = paths;
        this.seed = seed;
    }

    /** The expected loss of the tranche at {@code index} (most senior first) and its standard error. */
    GaussianCopulaMonteCarlo.Estimate expectedLoss(CreditPool pool, int index, MarketSnapshot market) {
        return expectedLossBy(pool, index, market, pool.yearsRemaining());
    }

    /** The same by {@code years} from now instead of over the pool's remaining life (the fair spread's dates). */
    GaussianCopulaMonteCarlo.Estimate expectedLossBy(CreditPool pool, int index, MarketSnapshot market, double years) {
        Setup setup = setup(pool, index, market, years);
        GaussianCopulaMonteCarlo.Estimate share = setup.distribution().expectation(LossPayoff.of(setup.tranche()));
        return new GaussianCopulaMonteCarlo.Estimate(setup.size() * share.mean(),
                setup.size() * share.standardError(), share.paths());
    }

    /**
     * The distribution of the share of the tranche's balance lost: element 0 is the probability of no loss, element
     * k (1 to {@code buckets}) that of a loss in ((k − 1)/buckets, k/buckets].
     */
    double[] lossDistribution(CreditPool pool, int index, MarketSnapshot market, int buckets) {
        Setup setup = setup(pool, index, market, pool.yearsRemaining());
        double[] probabilities = new double[buckets + 1];
        for (int k = 0; k <= buckets; k++) {
            probabilities[k] = setup.distribution().expectation(bucket(setup.tranche(), k, buckets)).mean();
        }
        return probabilities;
    }

    /**
     * The loans' losses ℓ whose tranche share s falls in bucket k: s ≤ 1e-12 for bucket 0, else the k with
     * k − 1 &lt; s·buckets − 1e-12 ≤ k (the last bucket also taking anything above), as loss bands.
     */
    private static LossPayoff bucket(TrancheLoss tranche, int k, int buckets) {
        double width = tranche.detachment() - tranche.attachment();
        double lower = k == 0 ? Double.NEGATIVE_INFINITY
                : tranche.attachment() + width * (k == 1 ? 1e-12 : (k - 1 + 1e-12) / buckets);
        double upper = k == buckets ? Double.POSITIVE_INFINITY
                : tranche.attachment() + width * (k == 0 ? 1e-12 : (k + 1e-12) / buckets);
        return LossPayoff.band(lower, upper);
    }

    /**
     * Where the tranche sits in the loans' loss space, and the loans' loss distribution by {@code years}: the
     * tranche's share lost is {@code tranche().of(ℓ)} for the loans' loss fraction ℓ.
     */
    private Setup setup(CreditPool pool, int index, MarketSnapshot market, double years) {
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
        LoanBook loans = size > 0 ? book(pool) : null;
        if (loans == null) {
            // no credit risk left: the share lost is known; a tranche [−1, 0] at loss known − 1 loses it
            double known = size <= 0 ? 0 : clamp(collateralShortfall - attachment, size) / size;
            return new Setup(Math.max(size, 0), new TrancheLoss(-1, 0),
                    payoff -> new GaussianCopulaMonteCarlo.Estimate(payoff.of(known - 1), 0, 0));
        }
        // the loans' losses, as a share of their par, that the tranche sits between
        TrancheLoss tranche = new TrancheLoss((attachment - collateralShortfall) / loanPar,
                (attachment + size - collateralShortfall) / loanPar);
        return new Setup(size, tranche, loans.at(years, pool.yearsRemaining()));
    }

    private LoanBook book(CreditPool pool) {
        Recent recent = this.recent;
        if (recent != null && recent.assets == pool.assets() && recent.correlation == pool.correlation()) {
            return recent.book; // the same pool state again (each tranche of one valuation): no need to hash it
        }
        LoanBook book = lookUp(pool);
        this.recent = new Recent(pool.assets(), pool.correlation(), book);
        return book;
    }

    private LoanBook lookUp(CreditPool pool) {
        BookKey key = new BookKey(pool.assets(), pool.correlation());
        synchronized (books) {
            LoanBook book = books.get(key);
            if (book != null || books.containsKey(key)) {
                return book;
            }
        }
        LoanBook book = LoanBook.of(pool, largePoolNames, paths, seed);
        synchronized (books) {
            LoanBook raced = books.putIfAbsent(key, book);
            return raced != null ? raced : book;
        }
    }

    /** The last pool state looked up, compared by identity. */
    private record Recent(List<CreditPool.Asset> assets, double correlation, LoanBook book) {
    }

    private static double clamp(double loss, double size) {
        return Math.min(Math.max(loss, 0), size);
    }

    /** What decides the loans' losses: the assets (collateral among them, harmlessly) and the correlation. */
    private record BookKey(List<CreditPool.Asset> assets, double correlation) {
    }

    /** A tranche placed in the loans' loss space, with the loans' loss distribution. */
    private record Setup(double size, TrancheLoss tranche, LoanBook.Distribution distribution) {
    }
}
