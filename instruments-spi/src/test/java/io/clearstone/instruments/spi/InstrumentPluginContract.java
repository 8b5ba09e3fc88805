package io.clearstone.instruments.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The contract every instrument plugin keeps, as tests. A plugin's test class extends this and supplies samples;
 * the kit then checks the codec, validation, valuation and risk conventions the platform relies on.
 */
public abstract class InstrumentPluginContract {

    /** A fresh, initialised plugin. */
    protected abstract InstrumentPlugin plugin();

    /** Valid terms, in their JSON form, covering the plugin's variants. */
    protected abstract List<TermsDocument> validTerms();

    /** Terms that decode but fail business validation. */
    protected abstract List<TermsDocument> invalidTerms();

    /** A market in which every valid sample can be valued. */
    protected abstract MarketSnapshot market();

    /**
     * A position of {@code quantity} contracts in a sample. Instruments whose value depends on the entry price
     * (perpetual swaps) override this to give one.
     */
    protected PositionView position(ResolvedInstrument instrument, double quantity) {
        return PositionView.of(quantity);
    }

    /** The reference data the samples resolve against. */
    protected ReferenceData referenceData() {
        return new ReferenceData() {
            @Override
            public Optional<AssetInfo> asset(String symbol) {
                return Set.of("BTC", "ETH", "USDC").contains(symbol) ? Optional.of(new AssetInfo(symbol, 8))
                        : Optional.empty();
            }

            @Override
            public boolean hasIndex(String indexSymbol) {
                return Set.of("BTC-USD", "ETH-USD").contains(indexSymbol);
            }
        };
    }

    @Test
    void infoIsComplete() {
        PluginInfo info = plugin().info();
        assertThat(info.displayName()).isNotBlank();
        assertThat(info.help()).isNotBlank();
        info.properties().forEach(p -> assertThat(p.defaultValue()).as(p.name()).isNotNull());
    }

    @Test
    void termsSurviveAnEncodeDecodeRoundTrip() {
        InstrumentPlugin plugin = plugin();
        for (TermsDocument document : validTerms()) {
            InstrumentTerms terms = plugin.decode(document, plugin.info().termsVersion());
            TermsDocument encoded = plugin.encode(terms);
            assertThat(plugin.decode(encoded, plugin.info().termsVersion())).isEqualTo(terms);
            assertThat(plugin.encode(plugin.decode(encoded, plugin.info().termsVersion()))).isEqualTo(encoded);
        }
    }

    @Test
    void validSamplesValidateAndInvalidOnesNameTheirFields() {
        InstrumentPlugin plugin = plugin();
        validTerms().forEach(d -> assertThat(plugin.validate(decode(d))).as(d.toString()).isEmpty());
        invalidTerms().forEach(d -> assertThat(plugin.validate(decode(d))).as(d.toString()).isNotEmpty()
                .allSatisfy(v -> assertThat(v.field()).isNotBlank()));
    }

    /** Every numeric term a sample carries (defaults included, as encoded) has a declared range it lies in. */
    @Test
    void everyNumericTermDeclaresARangeTheValidSamplesLieIn() {
        InstrumentPlugin plugin = plugin();
        for (TermsDocument document : validTerms()) {
            plugin.encode(decode(document)).fields().forEach((field, value) -> {
                if (value instanceof java.math.BigDecimal number) {
                    assertThat(plugin.info().termRanges()).as("declared term ranges").extracting(TermRange::term)
                            .contains(field);
                    assertThat(plugin.info().termRange(field).contains(number)).as(field + " = " + number + " in "
                            + plugin.info().termRange(field)).isTrue();
                }
            });
        }
    }

    /**
     * Each declared range is enforced: every valid sample with one term set just outside its range, to a fraction
     * where only whole numbers are allowed, or to ±1e309 (beyond a double) is refused — by {@code decode} or by
     * {@code validate} — with a violation naming that term. A plugin gets this check for the ranges it declares.
     */
    @Test
    void termsOutsideTheirDeclaredRangesAreRefusedNamingTheTerm() {
        InstrumentPlugin plugin = plugin();
        for (TermsDocument document : validTerms()) {
            java.util.Map<String, Object> sample = plugin.encode(decode(document)).fields();
            for (TermRange range : plugin.info().termRanges()) {
                for (java.math.BigDecimal hostile : OutOfRange.values(range)) {
                    java.util.Map<String, Object> fields = new java.util.HashMap<>(sample);
                    fields.put(range.term(), hostile);
                    assertThat(violationsOf(plugin, TermsDocument.of(fields))).as(range.term() + " = " + hostile)
                            .extracting(Violation::field).contains(range.term());
                }
            }
        }
    }

    /** What decoding, then validating, finds wrong with a document; anything but a {@link TermsException} fails. */
    private static List<Violation> violationsOf(InstrumentPlugin plugin, TermsDocument document) {
        InstrumentTerms terms;
        try {
            terms = plugin.decode(document, plugin.info().termsVersion());
        } catch (TermsException refused) {
            return refused.violations();
        }
        return plugin.validate(terms);
    }

    @Test
    void decodingAnEmptyDocumentListsTheMissingFields() {
        assertThatThrownBy(() -> plugin().decode(TermsDocument.of(java.util.Map.of()), plugin().info().termsVersion()))
                .isInstanceOf(TermsException.class)
                .satisfies(e -> assertThat(((TermsException) e).violations()).isNotEmpty());
    }

    @Test
    void valuationIsFiniteAndScalesWithQuantity() {
        for (ResolvedInstrument instrument : resolvedSamples()) {
            Valuation one = instrument.value(position(instrument, 1), market());
            Valuation three = instrument.value(position(instrument, 3), market());
            assertThat(one.results()).containsKey(Measure.PRESENT_VALUE);
            one.results().forEach((measure, result) -> {
                assertThat(result).as(measure.name()).isInstanceOf(MeasureResult.Value.class);
                assertThat(three.value(measure).getAsDouble())
                        .isCloseTo(3 * one.value(measure).getAsDouble(), org.assertj.core.data.Offset.offset(
                                1e-9 * Math.max(1, Math.abs(3 * one.value(measure).getAsDouble()))));
            });
        }
    }

    @Test
    void deltaAgreesWithTheChangeInValueForASmallMove() {
        for (ResolvedInstrument instrument : resolvedSamples()) {
            Valuation valuation = instrument.value(position(instrument, 1), market());
            if (valuation.value(Measure.DELTA).isEmpty()) {
                continue;
            }
            double spot = market().indexPrice(instrument.underlying()).orElseThrow();
            double bump = 1e-4;
            double up = instrument.value(position(instrument, 1), market().shocked(instrument.underlying(), bump, 0))
                    .value(Measure.PRESENT_VALUE).orElseThrow();
            double down = instrument.value(position(instrument, 1), market().shocked(instrument.underlying(), -bump, 0))
                    .value(Measure.PRESENT_VALUE).orElseThrow();
            double perUnit = (up - down) / (2 * bump * spot);
            double reported = deltaPerIndexUnit(instrument, valuation, spot);
            assertThat(reported).as(instrument.underlying() + " delta")
                    .isCloseTo(perUnit, org.assertj.core.data.Offset.offset(1e-5 * Math.max(1, Math.abs(perUnit))));
        }
    }

    /**
     * The reported delta expressed as ∂value/∂index, for comparison with a finite difference. Plugins whose delta
     * follows another convention (e.g. inverse instruments) override this to convert it.
     */
    protected double deltaPerIndexUnit(ResolvedInstrument instrument, Valuation valuation, double spot) {
        return valuation.value(Measure.DELTA).orElseThrow();
    }

    @Test
    void riskArrayIsZeroWhenNothingMovesAndFollowsDelta() {
        ScenarioGrid grid = new ScenarioGrid(List.of(-0.1, 0.0, 0.1), List.of(0.0));
        for (ResolvedInstrument instrument : resolvedSamples()) {
            RiskArray array = instrument.riskArray(position(instrument, 1), market(), grid);
            assertThat(array.pnl()[1][0]).isCloseTo(0, org.assertj.core.data.Offset.offset(1e-9));
            double spot = market().indexPrice(instrument.underlying()).orElseThrow();
            double delta = deltaPerIndexUnit(instrument, instrument.value(position(instrument, 1), market()), spot);
            if (Math.abs(delta) > 1e-6) {
                assertThat(Math.signum(array.pnl()[2][0] - array.pnl()[0][0])).as("P&L of an up-move minus a down-"
                        + "move has the sign of delta").isEqualTo(Math.signum(delta));
            }
            RiskArray shortArray = instrument.riskArray(position(instrument, -1), market(), grid);
            assertThat(shortArray.pnl()[2][0]).isCloseTo(-array.pnl()[2][0],
                    org.assertj.core.data.Offset.offset(1e-9 * Math.max(1, Math.abs(array.pnl()[2][0]))));
        }
    }

    @Test
    void standardMarginIsNonNegativeWithMaintenanceAtMostInitial() {
        for (ResolvedInstrument instrument : resolvedSamples()) {
            for (double quantity : new double[] {1, -1, 5, -5}) {
                StandardMargin margin = instrument.standardMargin(position(instrument, quantity), market());
                assertThat(margin.initial()).isGreaterThanOrEqualTo(margin.maintenance());
                assertThat(margin.maintenance()).isGreaterThanOrEqualTo(0);
            }
        }
    }

    /**
     * The portfolio margin book prices one contract per instrument and scales: a change of value must be linear in
     * quantity and must not depend on the entry price.
     */
    @Test
    void valueChangesAreLinearInQuantityAndIndependentOfEntry() {
        for (ResolvedInstrument instrument : resolvedSamples()) {
            MarketSnapshot moved = market().shocked(instrument.underlying(), 0.07, 0.02);
            PositionView one = position(instrument, 1);
            PositionView three = new PositionView(3, one.averagePrice() * 1.02 + 1);
            double changeOfOne = instrument.value(one, moved).value(Measure.PRESENT_VALUE).getAsDouble()
                    - instrument.value(one, market()).value(Measure.PRESENT_VALUE).getAsDouble();
            double changeOfThree = instrument.value(three, moved).value(Measure.PRESENT_VALUE).getAsDouble()
                    - instrument.value(three, market()).value(Measure.PRESENT_VALUE).getAsDouble();
            assertThat(changeOfThree).isCloseTo(3 * changeOfOne,
                    org.assertj.core.data.Offset.offset(1e-9 * Math.max(1, Math.abs(changeOfThree))));
        }
    }

    @Test
    void closingALongAfterARiseGainsAndTheShortSideLosesAsMuch() {
        for (ResolvedInstrument instrument : resolvedSamples()) {
            java.math.BigDecimal entry = java.math.BigDecimal.valueOf(100);
            java.math.BigDecimal exit = java.math.BigDecimal.valueOf(110);
            java.math.BigDecimal longGain = instrument.closingPnl(java.math.BigDecimal.TEN, entry, exit);
            assertThat(longGain).isPositive();
            assertThat(longGain.add(instrument.closingPnl(java.math.BigDecimal.TEN.negate(), entry, exit)))
                    .isEqualByComparingTo(java.math.BigDecimal.ZERO);
        }
    }

    @Test
    void fundingPaymentsOfALongAndAShortOfEqualSizeCancel() {
        for (ResolvedInstrument instrument : resolvedSamples()) {
            instrument.funding().ifPresent(funding -> {
                assertThat(funding.interval()).isPositive();
                FundingFixing fixing = funding.fix(java.util.List.of(), market());
                java.math.BigDecimal size = java.math.BigDecimal.valueOf(7);
                assertThat(funding.payment(size, fixing).add(funding.payment(size.negate(), fixing)))
                        .isEqualByComparingTo(java.math.BigDecimal.ZERO);
            });
        }
    }

    @Test
    void exposuresNameTheInstrument() {
        for (ResolvedInstrument instrument : resolvedSamples()) {
            assertThat(instrument.exposures("I1")).isNotEmpty()
                    .allSatisfy(e -> assertThat(e.from().id()).isEqualTo("I1"));
        }
    }

    protected List<ResolvedInstrument> resolvedSamples() {
        InstrumentPlugin plugin = plugin();
        return validTerms().stream().map(d -> plugin.resolve(decode(d), referenceData())).toList();
    }

    private InstrumentTerms decode(TermsDocument document) {
        return plugin().decode(document, plugin().info().termsVersion());
    }
}
