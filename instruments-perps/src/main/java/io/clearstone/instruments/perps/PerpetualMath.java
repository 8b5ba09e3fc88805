package io.clearstone.instruments.perps;

/**
 * The formulas of perpetual swaps as crypto venues publish them, in {@code double} (risk maths). Money that moves is
 * computed again exactly by the core from the quantities these give.
 */
public final class PerpetualMath {

    private PerpetualMath() {
    }

    /** Linear (coin-quantity) P&L in the quote currency: qty × (exit − entry); qty negative for a short. */
    public static double linearPnl(double quantity, double entry, double exit) {
        return quantity * (exit - entry);
    }

    /**
     * Inverse P&L in coin: contracts × contract value × (1/entry − 1/exit); contracts negative for a short.
     * 10,000 contracts of 1 USD long from 8,000 to 12,500 make 0.45 coin.
     */
    public static double inversePnl(double contracts, double contractValue, double entry, double exit) {
        return contracts * contractValue * (1 / entry - 1 / exit);
    }

    /** Isolated liquidation price of an inverse long at leverage L: E·L / (L(1 − MMR) + 1). */
    public static double inverseLongLiquidation(double entry, double leverage, double maintenanceRate) {
        return entry * leverage / (leverage * (1 - maintenanceRate) + 1);
    }

    /** Isolated liquidation price of an inverse short at leverage L: E·L / (L(1 + MMR) − 1). */
    public static double inverseShortLiquidation(double entry, double leverage, double maintenanceRate) {
        return entry * leverage / (leverage * (1 + maintenanceRate) - 1);
    }

    /**
     * Liquidation price of an inverse position of {@code contracts} USD (negative short) entered at E and backed by
     * margin m in coin, with maintenance counted on the entry value (BitMEX): long Q / (m + Q(1 − MMR)/E), short
     * Q / (Q(1 + MMR)/E − m); at m = Q / (E·L) these are the two formulas above. NaN or negative when none exists.
     */
    public static double inverseLiquidation(double contracts, double entry, double margin, double maintenanceRate) {
        double q = Math.abs(contracts);
        return contracts > 0 ? q / (margin + q * (1 - maintenanceRate) / entry)
                : q / (q * (1 + maintenanceRate) / entry - margin);
    }

    /**
     * Isolated liquidation price of a linear position with the maintenance margin counted on the notional at the
     * liquidation price (Binance USDⓈ-M): WB + side·size·(P − E) = size·P·MMR − cum gives P = (WB + cum − side·size·E)
     * / (size·MMR − side·size); long (size·E − WB − cum) / (size·(1 − MMR)), short (size·E + WB + cum) / (size·(1 +
     * MMR)). WB is the wallet balance given to the position, cum the tier's maintenance amount, side +1 long and −1
     * short, size the absolute quantity.
     */
    public static double linearLiquidation(double walletBalance, double maintenanceAmount, double quantity,
                                           double entry, double maintenanceRate) {
        double side = Math.signum(quantity);
        double size = Math.abs(quantity);
        return (walletBalance + maintenanceAmount - side * size * entry) / (size * maintenanceRate - side * size);
    }

    /**
     * Isolated liquidation price of a linear position with the maintenance margin counted on the entry notional
     * (Bybit's USDⓈ/USDT perpetuals, BitMEX's isolated margin): the position's equity WB + side·size·(P − E) meets
     * size·E·MMR − cum, a constant, so P = E − side·(WB + cum − size·E·MMR) / size; long E − (WB + cum − size·E·MMR)
     * / size, short E + (WB + cum − size·E·MMR) / size. At WB = size·E / L (leverage L, no deduction) the long is
     * E·(1 − 1/L + MMR) and the short E·(1 + 1/L − MMR), Bybit's published forms. Beside {@link #linearLiquidation},
     * where the maintenance is counted on the notional at the liquidation price itself (Binance USDⓈ-M).
     */
    public static double linearLiquidationOnEntryNotional(double walletBalance, double maintenanceAmount,
                                                          double quantity, double entry, double maintenanceRate) {
        double side = Math.signum(quantity);
        double size = Math.abs(quantity);
        return entry - side * (walletBalance + maintenanceAmount - size * entry * maintenanceRate) / size;
    }

    /**
     * The interest component of funding for one interval, as BitMEX and Binance publish it: I = (quote interest
     * rate − base interest rate) / funding intervals per day, from the daily borrowing rates of the quote and the base
     * currency. USDT at 0.06% and BTC at 0.03% a day, funded three times a day: (0.06% − 0.03%) / 3 = 0.01%.
     */
    public static double interestRate(double quoteDailyRate, double baseDailyRate, double intervalsPerDay) {
        return (quoteDailyRate - baseDailyRate) / intervalsPerDay;
    }

    /**
     * Binance's average premium over an interval: the premium samples weighted 1, 2, …, n in time order, so later
     * samples weigh more: (1·P₁ + 2·P₂ + … + n·Pₙ) / (1 + 2 + … + n).
     */
    public static double timeWeightedPremium(double... premiums) {
        int[] positions = new int[premiums.length];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = i + 1;
        }
        return timeWeightedPremium(positions, premiums);
    }

    /**
     * The same average when some sample times have no sample: each sample keeps the weight of its position k (1 for
     * the interval's first sample time, n for its last), and the average is Σ k·Pₖ / Σ k over the samples present.
     * With every position present this is exactly {@link #timeWeightedPremium(double...)}; with none it is zero.
     */
    public static double timeWeightedPremium(int[] positions, double[] premiums) {
        if (positions.length != premiums.length) {
            throw new IllegalArgumentException("one position per premium");
        }
        double weighted = 0;
        double weights = 0;
        for (int i = 0; i < premiums.length; i++) {
            if (positions[i] < 1) {
                throw new IllegalArgumentException("sample positions count from 1");
            }
            weighted += positions[i] * premiums[i];
            weights += positions[i];
        }
        return weights == 0 ? 0 : weighted / weights;
    }

    /**
     * Premium index of one sample: [max(0, impact bid − index) − max(0, index − impact ask)] / index.
     */
    public static double premium(double impactBid, double impactAsk, double index) {
        return (Math.max(0, impactBid - index) - Math.max(0, index - impactAsk)) / index;
    }

    /**
     * Funding rate per 8 hours (BitMEX/Binance): F = P + clamp(I − P, −clamp, +clamp), with P the average premium over
     * the interval and I the interest rate per 8 hours.
     */
    public static double fundingRate(double averagePremium, double interestRate, double premiumClamp) {
        return averagePremium + clamp(interestRate - averagePremium, -premiumClamp, premiumClamp);
    }

    /** An 8-hour rate scaled to the funding interval and capped at ±cap (per interval). */
    public static double intervalRate(double eightHourRate, double intervalHours, double cap) {
        return clamp(eightHourRate * intervalHours / 8, -cap, cap);
    }

    /** dYdX v4's cap on the 8-hour rate: 600% × (initial − maintenance margin fraction). */
    public static double dydxFundingCap(double initialMarginFraction, double maintenanceMarginFraction) {
        return 6 * (initialMarginFraction - maintenanceMarginFraction);
    }

    /**
     * Mark price: the index plus the venues' basis, the basis clamped to ±band × index so that a manipulated venue
     * mark moves the mark by at most the band.
     */
    public static double markPrice(double index, double venueBasis, double band) {
        return index + clamp(venueBasis, -band * index, band * index);
    }

    static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }
}
