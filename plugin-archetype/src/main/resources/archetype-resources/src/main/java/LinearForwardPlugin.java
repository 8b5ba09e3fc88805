package ${package};

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.clearstone.instruments.spi.InstrumentPlugin;
import io.clearstone.instruments.spi.InstrumentTerms;
import io.clearstone.instruments.spi.PluginInfo;
import io.clearstone.instruments.spi.PluginProperties;
import io.clearstone.instruments.spi.ReferenceData;
import io.clearstone.instruments.spi.ResolvedInstrument;
import io.clearstone.instruments.spi.TermRange;
import io.clearstone.instruments.spi.TermsDocument;
import io.clearstone.instruments.spi.TermsException;
import io.clearstone.instruments.spi.Violation;

/**
 * A cash-settled linear forward. Terms version 1:
 * {@code {"underlying":"BTC-USD","contractSize":0.01,"expiry":"2027-03-26T08:00:00Z"}}. Registered in
 * META-INF/services/io.clearstone.instruments.spi.InstrumentPlugin, which is how the platform finds it.
 */
public final class LinearForwardPlugin implements InstrumentPlugin {

    static final String TYPE_ID = "${typeId}";

    /** Each numeric term's range, declared once: validate() enforces it and the contract kit tests that it does. */
    private static final TermRange CONTRACT_SIZE = TermRange.aboveUpTo("contractSize", "0", "1000000");

    private static final PluginInfo INFO = new PluginInfo(TYPE_ID, "1.0", 1, "Linear forward",
            "Cash-settled linear forward: a trade fixes a price; at expiry each contract pays contractSize x "
                    + "(settlement index - that price) in the settlement asset. Terms: underlying, contractSize, "
                    + "expiry.",
            List.of(new PluginInfo.PropertyInfo("settlement-asset", "string", "USDC",
                            "asset the forward settles in"),
                    new PluginInfo.PropertyInfo("initial-margin-rate", "decimal", "0.10",
                            "initial margin as a share of the notional"),
                    new PluginInfo.PropertyInfo("maintenance-margin-rate", "decimal", "0.05",
                            "maintenance margin as a share of the notional; at most the initial rate")),
            List.of(CONTRACT_SIZE));

    private volatile MarginRates marginRates = new MarginRates(0.10, 0.05);
    private volatile String settlementAsset = "USDC";

    @Override
    public PluginInfo info() {
        return INFO;
    }

    @Override
    public void init(PluginProperties properties) {
        settlementAsset = properties.get(INFO, "settlement-asset");
        marginRates = new MarginRates(properties.getDouble(INFO, "initial-margin-rate"),
                properties.getDouble(INFO, "maintenance-margin-rate"));
    }

    @Override
    public InstrumentTerms decode(TermsDocument document, int version) {
        if (version != 1) {
            throw TermsException.of("version", "linear forward terms exist in version 1 only");
        }
        TermsDocument.Reader reader = document.reader();
        ForwardTerms terms = new ForwardTerms(reader.text("underlying"), reader.decimal("contractSize"),
                reader.instant("expiry"));
        reader.throwIfInvalid();
        return terms;
    }

    @Override
    public TermsDocument encode(InstrumentTerms terms) {
        ForwardTerms forward = (ForwardTerms) terms;
        return TermsDocument.builder().put("underlying", forward.underlying())
                .put("contractSize", forward.contractSize()).put("expiry", forward.expiry()).build();
    }

    @Override
    public List<Violation> validate(InstrumentTerms terms) {
        List<Violation> violations = new ArrayList<>();
        CONTRACT_SIZE.check(((ForwardTerms) terms).contractSize(), violations);
        return violations;
    }

    @Override
    public ResolvedInstrument resolve(InstrumentTerms terms, ReferenceData reference) {
        ForwardTerms forward = (ForwardTerms) terms;
        if (!reference.hasIndex(forward.underlying())) {
            throw TermsException.of("underlying", "the oracle prices no index " + forward.underlying());
        }
        if (reference.asset(settlementAsset).isEmpty()) {
            throw TermsException.of("underlying", "settlement asset " + settlementAsset + " is not listed");
        }
        return new ResolvedForward(forward, settlementAsset, marginRates);
    }

    /** Margin as shares of a position's notional (|quantity| x contractSize x index). */
    record MarginRates(double initial, double maintenance) {

        MarginRates {
            if (!(maintenance > 0) || maintenance > initial || initial > 1) {
                throw new IllegalArgumentException(
                        "need 0 < maintenance-margin-rate <= initial-margin-rate <= 1: " + maintenance + ", " + initial);
            }
        }
    }

    static BigDecimal settlementPerContract(ForwardTerms terms, BigDecimal settlementPrice, BigDecimal reference) {
        return terms.contractSize().multiply(settlementPrice.subtract(reference));
    }
}
