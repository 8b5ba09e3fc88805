package io.clearstone.domain.liquidation;

import io.clearstone.domain.instrument.ShortfallPolicy;
import static io.clearstone.domain.instrument.ShortfallPolicy.AUTO_DELEVERAGING;
import static io.clearstone.domain.instrument.ShortfallPolicy.SOCIALIZED_LOSS;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import io.clearstone.domain.liquidation.ShortfallAllocation.Charge;
import io.clearstone.domain.liquidation.ShortfallAllocation.Exposure;
import io.clearstone.domain.liquidation.ShortfallAllocation.Settlement;
import io.clearstone.domain.shared.ProRata;
import org.junit.jupiter.api.Test;

class ShortfallAllocationTest {

    private static final Map<String, Integer> DECIMALS = Map.of("USDC", 6, "BTC", 8);

    @Test
    void oneDeleveragedInstrumentTheFundPaysWhatItHasAndTheDeleveragedHoldersTheRestByContractsTakenOver() {
        Map<Long, BigDecimal> takenOver = Map.of(10L, d("2"), 11L, d("1"));
        Settlement usdc = only(ShortfallAllocation.allocate(Map.of("USDC", d("100")), Map.of("USDC", d("30")),
                List.of(new Exposure(3, "USDC", AUTO_DELEVERAGING, d("120"), takenOver)), DECIMALS));

        assertThat(usdc.fundDraw()).isEqualByComparingTo("30");
        Charge charge = only(usdc.charges());
        assertThat(charge.policy()).isEqualTo(AUTO_DELEVERAGING);
        assertThat(charge.total()).isEqualByComparingTo("70");
        // as a bankruptcy always split it: the whole shortfall pro rata over the one instrument's bearers
        assertThat(charge.shares()).isEqualTo(ProRata.split(d("70"), takenOver, 6))
                .containsEntry(10L, d("46.666667")).containsEntry(11L, d("23.333333"));
        assertThat(usdc.uncovered()).isEqualByComparingTo("0");
    }

    @Test
    void oneSocializedInstrumentWithAnEmptyFundTheProfitableHoldersBearItAllByProfit() {
        Map<Long, BigDecimal> profits = Map.of(20L, d("150.5"), 21L, d("49.5"));
        Settlement usdc = only(ShortfallAllocation.allocate(Map.of("USDC", d("10")), Map.of(),
                List.of(new Exposure(4, "USDC", SOCIALIZED_LOSS, d("10"), profits)), DECIMALS));

        assertThat(usdc.fundDraw()).isEqualByComparingTo("0");
        assertThat(only(usdc.charges()).policy()).isEqualTo(SOCIALIZED_LOSS);
        assertThat(only(usdc.charges()).shares()).isEqualTo(ProRata.split(d("10"), profits, 6))
                .containsEntry(20L, d("7.525000")).containsEntry(21L, d("2.475000"));
    }

    @Test
    void aFundThatCoversTheDebtLeavesNobodyCharged() {
        Settlement usdc = only(ShortfallAllocation.allocate(Map.of("USDC", d("10")), Map.of("USDC", d("10.000001")),
                List.of(new Exposure(4, "USDC", SOCIALIZED_LOSS, d("10"), Map.of(20L, d("1")))), DECIMALS));

        assertThat(usdc.fundDraw()).isEqualByComparingTo("10");
        assertThat(usdc.charges()).isEmpty();
        assertThat(usdc.uncovered()).isEqualByComparingTo("0");
    }

    @Test
    void withNobodyToBearItTheShortfallStaysOnTheAccountUncovered() {
        Settlement usdc = only(ShortfallAllocation.allocate(Map.of("USDC", d("10")), Map.of("USDC", d("-5")),
                List.of(new Exposure(3, "USDC", AUTO_DELEVERAGING, d("10"), Map.of())), DECIMALS));

        assertThat(usdc.fundDraw()).as("an overdrawn fund pays nothing").isEqualByComparingTo("0");
        assertThat(usdc.charges()).isEmpty();
        assertThat(usdc.uncovered()).isEqualByComparingTo("10");
    }

    @Test
    void aDebtInAnAssetNoInstrumentSettlesInFallsOnTheInstrumentsThatHaveBearers() {
        Map<Long, BigDecimal> profits = Map.of(20L, d("1"), 21L, d("3"));
        Settlement btc = only(ShortfallAllocation.allocate(Map.of("BTC", d("0.4")), Map.of(),
                List.of(new Exposure(4, "USDC", SOCIALIZED_LOSS, d("10"), profits)), DECIMALS));

        assertThat(only(btc.charges()).shares()).isEqualTo(ProRata.split(d("0.4"), profits, 8))
                .containsEntry(20L, d("0.10000000")).containsEntry(21L, d("0.30000000"));
    }

    /**
     * The case: an auto-deleveraging instrument and a socialized one settled in the same asset, a second asset
     * the fund covers, the fund partly sufficient in the first. Each instrument's part is borne under its own policy,
     * in proportion to the loss each bankrupt position realised; taking the first position's policy (and pooling
     * contracts with dollars of profit as one set of weights) charged the socialized holders as deleveraged ones.
     */
    @Test
    void eachInstrumentsPartOfTheShortfallIsBorneUnderItsOwnPolicy() {
        List<Exposure> exposures = List.of(
                new Exposure(3, "USDC", AUTO_DELEVERAGING, d("300"), Map.of(21L, d("2"))),
                new Exposure(8, "USDC", SOCIALIZED_LOSS, d("100"), Map.of(31L, d("500"), 32L, d("1500"))),
                new Exposure(9, "BTC", AUTO_DELEVERAGING, d("50"), Map.of()));
        List<Settlement> settlements = ShortfallAllocation.allocate(Map.of("USDC", d("1000"), "BTC", d("0.5")),
                Map.of("USDC", d("200"), "BTC", d("1")), exposures, DECIMALS);

        assertThat(settlements).extracting(Settlement::asset).containsExactly("BTC", "USDC");
        Settlement btc = settlements.get(0);
        assertThat(btc.fundDraw()).isEqualByComparingTo("0.5");
        assertThat(btc.charges()).isEmpty();

        Settlement usdc = settlements.get(1);
        assertThat(usdc.fundDraw()).isEqualByComparingTo("200");
        assertThat(usdc.charges()).hasSize(2);
        Charge deleveraged = usdc.charges().get(0);
        assertThat(deleveraged.instrumentId()).isEqualTo(3);
        assertThat(deleveraged.policy()).isEqualTo(AUTO_DELEVERAGING);
        assertThat(deleveraged.shares()).containsOnly(Map.entry(21L, d("600.000000")));
        Charge socialized = usdc.charges().get(1);
        assertThat(socialized.instrumentId()).isEqualTo(8);
        assertThat(socialized.policy()).isEqualTo(SOCIALIZED_LOSS);
        assertThat(socialized.shares()).containsOnly(Map.entry(31L, d("50.000000")), Map.entry(32L, d("150.000000")));
        assertThat(usdc.uncovered()).isEqualByComparingTo("0");
    }

    @Test
    void instrumentsThatLostNothingShareAShortfallEqually() {
        Settlement usdc = only(ShortfallAllocation.allocate(Map.of("USDC", d("0.000001")), Map.of(), List.of(
                new Exposure(8, "USDC", SOCIALIZED_LOSS, d("0"), Map.of(31L, d("1"))),
                new Exposure(3, "USDC", AUTO_DELEVERAGING, d("0"), Map.of(21L, d("1")))), DECIMALS));

        assertThat(usdc.charges()).as("the one indivisible unit goes to the lower instrument id")
                .singleElement().satisfies(c -> assertThat(c.instrumentId()).isEqualTo(3));
    }

    @Test
    void everyUnitOfEveryDebtIsAllocatedExactlyOnce() {
        SplittableRandom random = new SplittableRandom(13);
        for (int round = 0; round < 2_000; round++) {
            List<Exposure> exposures = new ArrayList<>();
            int instruments = 1 + random.nextInt(4);
            for (int i = 0; i < instruments; i++) {
                Map<Long, BigDecimal> bearers = new HashMap<>();
                int holders = random.nextInt(4);
                for (int h = 0; h < holders; h++) {
                    bearers.put((long) random.nextInt(1, 9), BigDecimal.valueOf(random.nextLong(1, 1_000_000), 3));
                }
                exposures.add(new Exposure(i + 1, random.nextBoolean() ? "USDC" : "BTC",
                        random.nextBoolean() ? AUTO_DELEVERAGING : SOCIALIZED_LOSS,
                        BigDecimal.valueOf(random.nextLong(0, 10_000_000), 2), bearers));
            }
            Map<String, BigDecimal> debts = new HashMap<>();
            Map<String, BigDecimal> fund = new HashMap<>();
            for (String asset : List.of("USDC", "BTC")) {
                if (random.nextBoolean()) {
                    debts.put(asset, BigDecimal.valueOf(random.nextLong(1, 10_000_000_000L), DECIMALS.get(asset)));
                    fund.put(asset, BigDecimal.valueOf(random.nextLong(-1_000, 10_000_000_000L), DECIMALS.get(asset)));
                }
            }
            for (Settlement settlement : ShortfallAllocation.allocate(debts, fund, exposures, DECIMALS)) {
                int decimals = DECIMALS.get(settlement.asset());
                BigDecimal charged = BigDecimal.ZERO;
                for (Charge charge : settlement.charges()) {
                    BigDecimal shares = BigDecimal.ZERO;
                    for (BigDecimal share : charge.shares().values()) {
                        assertThat(share.signum()).isPositive();
                        assertThat(share.setScale(decimals, RoundingMode.UNNECESSARY)).isEqualByComparingTo(share);
                        shares = shares.add(share);
                    }
                    assertThat(shares).as("round %d: the instrument's part is shared out exactly", round)
                            .isEqualByComparingTo(charge.total());
                    charged = charged.add(charge.total());
                }
                assertThat(settlement.fundDraw().signum()).isNotNegative();
                assertThat(settlement.uncovered().signum()).isNotNegative();
                assertThat(settlement.fundDraw().add(charged).add(settlement.uncovered()))
                        .as("round %d: fund + charges + uncovered = the debt", round)
                        .isEqualByComparingTo(debts.get(settlement.asset()));
                boolean anyBearer = exposures.stream().anyMatch(e -> !e.bearers().isEmpty());
                if (anyBearer) {
                    assertThat(settlement.uncovered()).as("round %d: bearers exist, nothing uncovered", round)
                            .isEqualByComparingTo("0");
                }
            }
        }
    }

    @Test
    void deleveragingTakesFromTheRankedHoldersInOrderUntilThePositionIsClosed() {
        List<ShortfallAllocation.Take> takes = ShortfallAllocation.deleverage(d("-5"), List.of(
                new ShortfallAllocation.Holder(7, d("3")), new ShortfallAllocation.Holder(2, d("4")),
                new ShortfallAllocation.Holder(9, d("1"))));

        assertThat(takes).containsExactly(new ShortfallAllocation.Take(7, d("3")),
                new ShortfallAllocation.Take(2, d("2")));
        assertThat(ShortfallAllocation.deleverage(d("10"), List.of(new ShortfallAllocation.Holder(7, d("-3")))))
                .as("what the holders cannot take is left for the backstop")
                .containsExactly(new ShortfallAllocation.Take(7, d("3")));
        assertThat(ShortfallAllocation.deleverages(AUTO_DELEVERAGING, false)).isTrue();
        assertThat(ShortfallAllocation.deleverages(AUTO_DELEVERAGING, true)).isFalse();
        assertThat(ShortfallAllocation.deleverages(SOCIALIZED_LOSS, false)).isFalse();
    }

    private static <T> T only(List<T> list) {
        assertThat(list).hasSize(1);
        return list.get(0);
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
