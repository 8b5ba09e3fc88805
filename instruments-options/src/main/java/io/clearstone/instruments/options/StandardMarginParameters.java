package io.clearstone.instruments.options;

/**
 * Deribit-style standard margin of a short option, per contract and in units of the underlying (coin):
 * initial = max(a − OTM/S, b) + mark, maintenance = c + mark. Deribit's published values are a = 0.15, b = 0.10,
 * c = 0.075.
 *
 * @param initialBase        a
 * @param initialFloor       b
 * @param maintenanceBase    c
 */
public record StandardMarginParameters(double initialBase, double initialFloor, double maintenanceBase) {

    public static final StandardMarginParameters DERIBIT = new StandardMarginParameters(0.15, 0.10, 0.075);

    public StandardMarginParameters {
        if (!(initialFloor >= 0) || !(maintenanceBase >= 0) || initialBase < initialFloor
                || maintenanceBase > initialFloor) {
            throw new IllegalArgumentException("need 0 <= c <= b <= a: " + initialBase + ", " + initialFloor + ", "
                    + maintenanceBase);
        }
    }

    /**
     * Reads per-underlying parameters written as {@code SYMBOL=a,b,c} separated by semicolons (empty: none).
     *
     * @throws IllegalArgumentException naming the entry that cannot be read
     */
    static java.util.Map<String, StandardMarginParameters> parsePerUnderlying(String text) {
        java.util.Map<String, StandardMarginParameters> parsed = new java.util.HashMap<>();
        for (String entry : text.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] symbolAndValues = entry.trim().split("=");
            String[] values = symbolAndValues.length == 2 ? symbolAndValues[1].split(",") : new String[0];
            if (values.length != 3) {
                throw new IllegalArgumentException("margin.per-underlying entry '" + entry
                        + "' is not SYMBOL=a,b,c");
            }
            parsed.put(symbolAndValues[0].trim(), new StandardMarginParameters(Double.parseDouble(values[0].trim()),
                    Double.parseDouble(values[1].trim()), Double.parseDouble(values[2].trim())));
        }
        return java.util.Map.copyOf(parsed);
    }

    /**
     * Margin of one short contract in coin.
     *
     * @param markInCoin the option's mark price in coin
     * @return {initial, maintenance}
     */
    double[] shortContractInCoin(double spot, double strike, boolean call, double markInCoin) {
        double outOfTheMoney = Math.max(call ? strike - spot : spot - strike, 0);
        double initial = Math.max(initialBase - outOfTheMoney / spot, initialFloor) + markInCoin;
        double maintenance = maintenanceBase + markInCoin;
        return new double[] {initial, maintenance};
    }
}
