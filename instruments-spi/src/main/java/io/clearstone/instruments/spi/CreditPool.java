package io.clearstone.instruments.spi;

import java.util.List;
import java.util.Objects;

/**
 * A securitization pool as pricing sees it now: what it holds, what it still owes each tranche, and the reserve that
 * takes losses before any tranche does. The platform keeps the pool (its segregated accounts, servicer reports and
 * waterfalls); plugins only read this picture of it. Amounts are in the pool's settlement asset.
 *
 * @param correlation     the one-factor Gaussian copula correlation of its credit assets' defaults
 * @param yearsRemaining  the par-weighted time to maturity of its credit assets: the horizon losses are expected over
 * @param reserve         cash in the reserve account
 * @param tranches        the outstanding tranches, most senior first
 */
public record CreditPool(String id, double correlation, double yearsRemaining, double reserve, List<Asset> assets,
                         List<Tranche> tranches) {

    public CreditPool {
        Objects.requireNonNull(id, "id");
        assets = List.copyOf(assets);
        tranches = List.copyOf(tranches);
    }

    /** The pool with every credit asset's default probability scaled and the correlation shifted (a credit stress). */
    public CreditPool stressed(double defaultProbabilityFactor, double correlationShift) {
        return new CreditPool(id, Math.min(Math.max(correlation + correlationShift, 0), 0.999), yearsRemaining,
                reserve, assets.stream().map(a -> a.withDefaultProbability(
                        Math.min(a.defaultProbability() * defaultProbabilityFactor, 0.999))).toList(), tranches);
    }

    /** The pool with every credit asset's annual default probability raised by an absolute amount (0.01 = 1 point). */
    public CreditPool withDefaultProbabilitiesRaised(double amount) {
        return new CreditPool(id, correlation, yearsRemaining, reserve, assets.stream().map(a -> a.withDefaultProbability(
                Math.min(Math.max(a.defaultProbability() + amount, 0), 0.999))).toList(), tranches);
    }

    /** The total balance still owed to the tranches. */
    public double trancheBalance() {
        return tranches.stream().mapToDouble(Tranche::balance).sum();
    }

    /**
     * One holding of the pool: a loan or receivable ({@code indexSymbol} null: worth its par unless it defaults), or
     * collateral tokens ({@code units} of an asset priced by {@code indexSymbol}, booked at {@code par} when pledged).
     *
     * @param defaultProbability annual probability that a loan defaults
     * @param recovery           share of par recovered after a default
     */
    public record Asset(double par, double defaultProbability, double recovery, String indexSymbol, double units) {

        public static Asset loan(double par, double defaultProbability, double recovery) {
            return new Asset(par, defaultProbability, recovery, null, 0);
        }

        public static Asset collateral(double par, String indexSymbol, double units) {
            return new Asset(par, 0, 1, indexSymbol, units);
        }

        public boolean isCollateral() {
            return indexSymbol != null;
        }

        Asset withDefaultProbability(double probability) {
            return isCollateral() ? this : new Asset(par, probability, recovery, null, units);
        }
    }

    /**
     * A tranche's balances.
     *
     * @param originalBalance what it was issued at; each note was issued at one unit of it
     * @param balance         what is still owed after principal paid and losses written down
     */
    public record Tranche(String name, double originalBalance, double balance) {
    }
}
