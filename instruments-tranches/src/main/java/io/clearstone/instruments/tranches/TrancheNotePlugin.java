package io.clearstone.instruments.tranches;

import java.util.List;
import java.util.Map;

import io.clearstone.instruments.spi.InstrumentPlugin;
import io.clearstone.instruments.spi.InstrumentTerms;
import io.clearstone.instruments.spi.PluginInfo;
import io.clearstone.instruments.spi.PluginProperties;
import io.clearstone.instruments.spi.ReferenceData;
import io.clearstone.instruments.spi.ResolvedInstrument;
import io.clearstone.instruments.spi.TermsDocument;
import io.clearstone.instruments.spi.TermsException;
import io.clearstone.instruments.spi.Violation;

/** Notes of the tranches of a securitization pool, priced under the one-factor Gaussian copula. */
public final class TrancheNotePlugin implements InstrumentPlugin {

    private static final PluginInfo INFO = new PluginInfo("note.tranche", "0.1", TrancheTermsCodec.VERSION,
            "Tranche note",
            "A note of one tranche of a securitization pool the platform holds in segregated accounts. The pool's "
                    + "waterfall pays its coupon top-down and its principal sequentially or pro rata; losses beyond "
                    + "the reserve are written down from the most junior tranche up. Priced from the pool's state "
                    + "under the one-factor Gaussian copula (Vasicek large pool, exact finite pool, or seeded Monte "
                    + "Carlo). Terms: pool, tranche, seniority, attachment, detachment, coupon, underlying, "
                    + "settlementAsset.",
            List.of(new PluginInfo.PropertyInfo("haircut-senior", "decimal", "0.10",
                            "share of a senior note's value margin does not count"),
                    new PluginInfo.PropertyInfo("haircut-mezzanine", "decimal", "0.35",
                            "share of a mezzanine note's value margin does not count"),
                    new PluginInfo.PropertyInfo("haircut-equity", "decimal", "1",
                            "share of an equity note's value margin does not count (1: not accepted)"),
                    new PluginInfo.PropertyInfo("stress-default-probability", "decimal", "0.5",
                            "relative rise of default probabilities in the risk array's credit-stress scenarios"),
                    new PluginInfo.PropertyInfo("stress-correlation", "decimal", "0.1",
                            "absolute rise of correlation in the risk array's credit-stress scenarios"),
                    new PluginInfo.PropertyInfo("large-pool-names", "integer", "50",
                            "alike loans from which the Vasicek large-pool closed form is used"),
                    new PluginInfo.PropertyInfo("monte-carlo-paths", "integer", "20000",
                            "paths of the Monte Carlo for small or mixed pools"),
                    new PluginInfo.PropertyInfo("monte-carlo-seed", "integer", "20261121",
                            "seed of the Monte Carlo, so that a valuation repeats exactly")),
            TrancheTermsCodec.RANGES);

    private final TrancheTermsCodec codec = new TrancheTermsCodec();
    private volatile TrancheRiskSettings settings = TrancheRiskSettings.DEFAULTS;

    @Override
    public PluginInfo info() {
        return INFO;
    }

    @Override
    public void init(PluginProperties properties) {
        settings = new TrancheRiskSettings(
                Map.of(Seniority.SENIOR, properties.getDouble(INFO, "haircut-senior"),
                        Seniority.MEZZANINE, properties.getDouble(INFO, "haircut-mezzanine"),
                        Seniority.EQUITY, properties.getDouble(INFO, "haircut-equity")),
                properties.getDouble(INFO, "stress-default-probability"),
                properties.getDouble(INFO, "stress-correlation"),
                new PoolLossModel((int) properties.getDouble(INFO, "large-pool-names"),
                        (int) properties.getDouble(INFO, "monte-carlo-paths"),
                        Long.parseLong(properties.get(INFO, "monte-carlo-seed"))));
    }

    @Override
    public InstrumentTerms decode(TermsDocument document, int version) {
        return codec.decode(document, version);
    }

    @Override
    public TermsDocument encode(InstrumentTerms terms) {
        return codec.encode((TrancheTerms) terms);
    }

    @Override
    public List<Violation> validate(InstrumentTerms terms) {
        return codec.validate((TrancheTerms) terms);
    }

    @Override
    public ResolvedInstrument resolve(InstrumentTerms terms, ReferenceData reference) {
        TrancheTerms note = (TrancheTerms) terms;
        if (!reference.hasIndex(note.underlying())) {
            throw TermsException.of("underlying", "the oracle prices no index " + note.underlying());
        }
        if (reference.asset(note.settlementAsset()).isEmpty()) {
            throw TermsException.of("settlementAsset", "asset " + note.settlementAsset() + " is not listed");
        }
        return new ResolvedTrancheNote(note, settings);
    }
}
