package io.clearstone.instruments.tranches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.clearstone.instruments.spi.CreditPool;
import io.clearstone.instruments.spi.MarketSnapshot;
import io.clearstone.instruments.spi.Measure;
import io.clearstone.instruments.spi.MeasureResult;
import io.clearstone.instruments.spi.PositionView;
import io.clearstone.instruments.spi.ResolvedInstrument;
import io.clearstone.instruments.spi.ScenarioGrid;

class TrancheNotePricingTest {

    private static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");

    /** reference-values.md: PD 5%, ρ 0.3, LGD 60% → E[loss] 0–3% = 54.11%, 3–7% = 19.58% (one year, large pool). */
    @Test
    void largeHomogeneousPoolNotesArePricedByTheVasicekClosedForm() {
        CreditPool pool = new CreditPool("1", 0.3, 1, 0, Collections.nCopies(100, CreditPool.Asset.loan(1, 0.05, 0.4)),
                List.of(new CreditPool.Tranche("senior", 93, 93), new CreditPool.Tranche("mezzanine", 4, 4),
                        new CreditPool.Tranche("equity", 3, 3)));
        MarketSnapshot market = MarketSnapshot.at(NOW).index("ETH-USD", 2_400).build().withCreditPool(pool);

        assertThat(price(note("1", "equity", "EQUITY"), market)).isCloseTo(1 - 0.5411, within(5e-5));
        assertThat(price(note("1", "mezzanine", "MEZZANINE"), market)).isCloseTo(1 - 0.1958, within(5e-5));
        assertThat(note("1", "equity", "EQUITY").value(PositionView.of(3), market)
                .value(ResolvedTrancheNote.EXPECTED_LOSS).orElseThrow()).isCloseTo(3 * 0.5411, within(2e-4));
    }

    /** reference-values.md, Hull–White five-year CDO, ρ 0.3: 1487 / 472 / 203 / 7 bp, through a pool's notes. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}: {1} bp")
    @org.junit.jupiter.params.provider.CsvSource({"equity, 1487", "junior, 472", "mezzanine, 203", "senior, 7"})
    void aNotesFairSpreadOnTheHullWhitePoolMatchesThePublishedValue(String tranche, double basisPoints) {
        double annualDefault = 1 - Math.exp(-0.01);
        CreditPool pool = new CreditPool("hw", 0.3, 5, 0,
                Collections.nCopies(100, CreditPool.Asset.loan(1, annualDefault, 0.4)),
                List.of(new CreditPool.Tranche("senior", 90, 90), new CreditPool.Tranche("mezzanine", 4, 4),
                        new CreditPool.Tranche("junior", 3, 3), new CreditPool.Tranche("equity", 3, 3)));
        MarketSnapshot market = MarketSnapshot.at(NOW).rate("USD", 0.05).build().withCreditPool(pool);
        TrancheRiskSettings exactFinitePool = new TrancheRiskSettings(TrancheRiskSettings.DEFAULTS.haircuts(), 0.5,
                0.1, new PoolLossModel(1_000, 20_000, 1));
        ResolvedTrancheNote note = new ResolvedTrancheNote(new TrancheTerms("hw", tranche, Seniority.MEZZANINE,
                BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ZERO, "ETH-USD", "USDC"), exactFinitePool);

        double spread = note.analytics(market).value(ResolvedTrancheNote.FAIR_SPREAD).orElseThrow() * 10_000;

        assertThat(spread).isCloseTo(basisPoints, within(Math.max(0.025 * basisPoints, 1.0)));
    }

    @Test
    void theMixedLargePoolIsVasiceksFormulaForAlikeLoans() {
        double[] weights = new double[200];
        double[] probabilities = new double[200];
        double[] losses = new double[200];
        java.util.Arrays.fill(weights, 1.0 / 200);
        java.util.Arrays.fill(probabilities, 0.05);
        java.util.Arrays.fill(losses, 0.6);
        TrancheLoss equity = new TrancheLoss(0, 0.03);

        double mixed = LargeMixedPool.of(weights, probabilities, losses, 0.3).expectedLoss(equity);

        // the same integrals, the mixed pool's kinks found by Newton's method, Vasicek's in closed form
        assertThat(mixed).isCloseTo(new VasicekLargePool(0.05, 0.3, 0.6).expectedLoss(equity), within(1e-13));
        assertThat(mixed).isCloseTo(0.5411, within(5e-5));
    }

    /** Fifty loans, one of them nine tenths of the pool, are not a large pool: the Monte Carlo prices them. */
    @Test
    void aPoolDominatedByOneLoanIsNotTakenForALargePool() {
        List<CreditPool.Asset> loans = new ArrayList<>(Collections.nCopies(49, CreditPool.Asset.loan(10.0 / 49, 0.05, 0.4)));
        loans.add(CreditPool.Asset.loan(90, 0.05, 0.4));
        MarketSnapshot market = MarketSnapshot.at(NOW).build().withCreditPool(new CreditPool("4", 0.3, 1, 0, loans,
                List.of(new CreditPool.Tranche("senior", 50, 50), new CreditPool.Tranche("equity", 50, 50))));

        var senior = note("4", "senior", "SENIOR").value(PositionView.of(50), market);

        assertThat(senior.value(ResolvedTrancheNote.STANDARD_ERROR).orElseThrow()).isPositive();
        // the senior half loses when the big loan defaults (5%): about 0.05 × (0.6 × 90 − 50) ≈ 0.2 plus a little
        assertThat(50 - senior.value(Measure.PRESENT_VALUE).orElseThrow()).isGreaterThan(0.15);
    }

    @Test
    void aLoanCertainToDefaultIsPricedNotRefused() {
        MarketSnapshot market = MarketSnapshot.at(NOW).build().withCreditPool(new CreditPool("5", 0.3, 30, 0,
                List.of(CreditPool.Asset.loan(100, 0.999, 0.4)),
                List.of(new CreditPool.Tranche("senior", 70, 70), new CreditPool.Tranche("equity", 30, 30))));

        assertThat(price(note("5", "equity", "EQUITY"), market)).isCloseTo(0, within(1e-9));
        assertThat(price(note("5", "senior", "SENIOR"), market)).isCloseTo(40.0 / 70, within(1e-6));
    }

    /** The distribution sums to one and its mean matches the expected loss (each bucket within its width). */
    @Test
    void theLossDistributionSumsToOneAndBracketsTheExpectedLoss() {
        CreditPool pool = new CreditPool("1", 0.3, 1, 0, Collections.nCopies(100, CreditPool.Asset.loan(1, 0.05, 0.4)),
                List.of(new CreditPool.Tranche("senior", 93, 93), new CreditPool.Tranche("mezzanine", 4, 4),
                        new CreditPool.Tranche("equity", 3, 3)));
        MarketSnapshot market = MarketSnapshot.at(NOW).build().withCreditPool(pool);
        var analytics = note("1", "equity", "EQUITY").analytics(market).results();
        double total = 0;
        double low = 0;
        double high = 0;
        for (var entry : analytics.entrySet()) {
            String name = entry.getKey().name();
            if (name.startsWith("lossProbability.") && !name.equals("lossProbability.0")) {
                String[] range = name.substring("lossProbability.".length()).split("-");
                double p = ((MeasureResult.Value) entry.getValue()).value();
                low += p * Double.parseDouble(range[0]) / 100;
                high += p * Double.parseDouble(range[1]) / 100;
                total += p;
            } else if (name.equals("lossProbability.0")) {
                total += ((MeasureResult.Value) entry.getValue()).value();
            }
        }
        assertThat(total).isCloseTo(1, within(1e-6));
        assertThat(0.5411).isBetween(low - 1e-4, high + 1e-4);
        assertThat(((MeasureResult.Value) analytics.get(ResolvedTrancheNote.EXPECTED_LOSS_SHARE)).value())
                .isCloseTo(0.5411, within(5e-5));
        assertThat(((MeasureResult.Value) analytics.get(ResolvedTrancheNote.PRICE)).value())
                .isCloseTo(1 - 0.5411, within(5e-5));
    }

    @Test
    void theReserveAndWrittenDownBalancesMoveWhereLossesStart() {
        // A 1-unit reserve in a 100-unit pool lifts the equity tranche to [1%, 4%] of the loans.
        CreditPool pool = new CreditPool("1", 0.3, 1, 1, Collections.nCopies(100, CreditPool.Asset.loan(1, 0.05, 0.4)),
                List.of(new CreditPool.Tranche("senior", 96, 96), new CreditPool.Tranche("equity", 4, 3)));
        MarketSnapshot market = MarketSnapshot.at(NOW).build().withCreditPool(pool);
        double expectedLoss = 3 * new VasicekLargePool(0.05, 0.3, 0.6).expectedLoss(new TrancheLoss(0.01, 0.04));

        assertThat(price(note("1", "equity", "EQUITY"), market)).isCloseTo((3 - expectedLoss) / 4, within(1e-12));
    }

    @Test
    void aCollateralShortfallHitsTheEquityTrancheFirstThenTheSenior() {
        // 10 ETH pledged at 10 (par 100); at 7 the pool is 30 short: equity (20) is wiped out, senior loses 10 of 80.
        CreditPool pool = new CreditPool("2", 0.3, 1, 0, List.of(CreditPool.Asset.collateral(100, "ETH-USD", 10)),
                List.of(new CreditPool.Tranche("senior", 80, 80), new CreditPool.Tranche("equity", 20, 20)));
        MarketSnapshot market = MarketSnapshot.at(NOW).index("ETH-USD", 7).build().withCreditPool(pool);

        assertThat(price(note("2", "equity", "EQUITY"), market)).isCloseTo(0, within(1e-12));
        assertThat(price(note("2", "senior", "SENIOR"), market)).isCloseTo(70.0 / 80, within(1e-12));
        assertThat(note("2", "senior", "SENIOR").value(PositionView.of(80), market).value(Measure.DELTA)
                .orElseThrow()).as("below equity, the senior note moves with ETH: 10 ETH over 80 notes")
                .isCloseTo(10, within(1e-6));
    }

    @Test
    void theMonteCarloAgreesWithTheExactFinitePoolWithinThreeStandardErrors() {
        List<CreditPool.Asset> equal = Collections.nCopies(20, CreditPool.Asset.loan(5, 0.04, 0.4));
        List<CreditPool.Asset> nearlyEqual = new ArrayList<>(equal);
        nearlyEqual.set(0, CreditPool.Asset.loan(5, 0.04 + 1e-15, 0.4));
        List<CreditPool.Tranche> tranches = List.of(new CreditPool.Tranche("senior", 90, 90),
                new CreditPool.Tranche("equity", 10, 10));
        MarketSnapshot exactMarket = MarketSnapshot.at(NOW).build()
                .withCreditPool(new CreditPool("3", 0.25, 3, 0, equal, tranches));
        MarketSnapshot simulatedMarket = MarketSnapshot.at(NOW).build()
                .withCreditPool(new CreditPool("3", 0.25, 3, 0, nearlyEqual, tranches));
        ResolvedInstrument equity = note("3", "equity", "EQUITY");

        double exact = equity.value(PositionView.of(1), exactMarket).value(Measure.PRESENT_VALUE).orElseThrow();
        var simulated = equity.value(PositionView.of(1), simulatedMarket);
        double standardError = simulated.value(ResolvedTrancheNote.STANDARD_ERROR).orElseThrow();

        assertThat(equity.value(PositionView.of(1), exactMarket).value(ResolvedTrancheNote.STANDARD_ERROR)
                .orElseThrow()).isZero();
        assertThat(standardError).isPositive();
        assertThat(simulated.value(Measure.PRESENT_VALUE).orElseThrow()).isCloseTo(exact, within(3 * standardError));
    }

    /** Equity is long correlation, senior short; both lose when default probabilities rise. */
    @Test
    void creditSensitivitiesHaveThePublishedSigns() {
        MarketSnapshot market = MarketSnapshot.at(NOW).build().withCreditPool(new CreditPool("1", 0.3, 3, 0,
                Collections.nCopies(100, CreditPool.Asset.loan(1, 0.05, 0.4)),
                List.of(new CreditPool.Tranche("senior", 85, 85), new CreditPool.Tranche("equity", 15, 15))));
        var equity = note("1", "equity", "EQUITY").value(PositionView.of(100), market);
        var senior = note("1", "senior", "SENIOR").value(PositionView.of(100), market);

        assertThat(equity.value(ResolvedTrancheNote.CORRELATION_01).orElseThrow()).isPositive();
        assertThat(senior.value(ResolvedTrancheNote.CORRELATION_01).orElseThrow()).isNegative();
        assertThat(equity.value(ResolvedTrancheNote.DEFAULT_PROBABILITY_01).orElseThrow()).isNegative();
        assertThat(senior.value(ResolvedTrancheNote.DEFAULT_PROBABILITY_01).orElseThrow()).isNegative();
    }

    @Test
    void theRiskArraysCreditAxisStressesDefaultsAndCorrelation() {
        MarketSnapshot market = new TrancheNotePluginContractTest().market();
        ResolvedInstrument mezzanine = note("7", "B", "MEZZANINE");
        var grid = new ScenarioGrid(List.of(-0.3, 0.0, 0.3), List.of(-0.1, 0.0, 0.1));
        double[][] pnl = mezzanine.riskArray(PositionView.of(1_000), market, grid).pnl();

        assertThat(pnl[1][1]).isZero();
        assertThat(pnl[1][2]).as("credit stress").isNegative();
        assertThat(pnl[1][0]).as("credit relief").isPositive();
        assertThat(pnl[0][1]).as("collateral down 30%").isNegative();
        assertThat(pnl[0][2]).as("both").isLessThan(Math.min(pnl[0][1], pnl[1][2]));
    }

    @Test
    void notesCannotBeHeldShortAndCountAsCollateralAfterTheirSeniorityHaircut() {
        MarketSnapshot market = new TrancheNotePluginContractTest().market();
        assertThat(note("7", "A", "SENIOR").positionLimitBreach(new BigDecimal("-1"), market)).isPresent();
        assertThat(note("7", "A", "SENIOR").positionLimitBreach(BigDecimal.TEN, market)).isEmpty();
        assertThat(note("7", "A", "SENIOR").collateralHaircut()).isEqualTo(0.10);
        assertThat(note("7", "E", "EQUITY").collateralHaircut()).isEqualTo(1.0);
    }

    @Test
    void aNoteWhosePoolStateIsMissingCannotBePriced() {
        assertThat(note("9", "A", "SENIOR").price(MarketSnapshot.at(NOW).build()))
                .isInstanceOf(MeasureResult.Failure.class);
    }

    private static double price(ResolvedInstrument note, MarketSnapshot market) {
        return ((MeasureResult.Value) note.price(market)).value();
    }

    private static ResolvedInstrument note(String pool, String tranche, String seniority) {
        TrancheTerms terms = new TrancheTerms(pool, tranche, Seniority.valueOf(seniority), BigDecimal.ZERO,
                BigDecimal.ONE, new BigDecimal("0.05"), "ETH-USD", "USDC");
        return new ResolvedTrancheNote(terms, TrancheRiskSettings.DEFAULTS);
    }
}
