package io.clearstone.instruments.options;

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

/** European calls and puts on an index, linear or inverse, priced by Black-76 and margined Deribit-style. */
public final class EuropeanOptionPlugin implements InstrumentPlugin {

    static final String TYPE_ID = "option.european";
    private static final PluginInfo INFO = new PluginInfo(TYPE_ID, "1.0", OptionTermsCodec.VERSION,
            "European option",
            "A European call or put on an index, cash-settled at expiry against the index's 30-minute time-weighted "
                    + "average. LINEAR options settle in the quote stablecoin; INVERSE options settle and are priced "
                    + "in the underlying coin (Deribit style). Terms: underlying, style, right, strike, expiry, "
                    + "contractSize.",
            List.of(new PluginInfo.PropertyInfo("linear-settlement-asset", "string", "USDC",
                            "asset linear options settle in"),
                    new PluginInfo.PropertyInfo("margin.initial-base", "decimal", "0.15",
                            "a in initial = max(a − OTM/S, b) + mark, per contract in coin"),
                    new PluginInfo.PropertyInfo("margin.initial-floor", "decimal", "0.10", "b"),
                    new PluginInfo.PropertyInfo("margin.maintenance-base", "decimal", "0.075",
                            "c in maintenance = c + mark"),
                    new PluginInfo.PropertyInfo("margin.per-underlying", "string", "",
                            "parameters for particular underlyings, overriding a, b, c: "
                                    + "'ETH-USD=0.18,0.12,0.09;SOL-USD=0.25,0.20,0.15'")),
            OptionTermsCodec.RANGES);

    private final OptionTermsCodec codec = new OptionTermsCodec();
    private volatile String linearSettlementAsset = "USDC";
    private volatile StandardMarginParameters margin = StandardMarginParameters.DERIBIT;
    private volatile Map<String, StandardMarginParameters> marginByUnderlying = Map.of();

    @Override
    public PluginInfo info() {
        return INFO;
    }

    @Override
    public void init(PluginProperties properties) {
        linearSettlementAsset = properties.get(INFO, "linear-settlement-asset");
        margin = new StandardMarginParameters(properties.getDouble(INFO, "margin.initial-base"),
                properties.getDouble(INFO, "margin.initial-floor"),
                properties.getDouble(INFO, "margin.maintenance-base"));
        marginByUnderlying = StandardMarginParameters.parsePerUnderlying(properties.get(INFO, "margin.per-underlying"));
    }

    @Override
    public InstrumentTerms decode(TermsDocument document, int version) {
        return codec.decode(document, version);
    }

    @Override
    public TermsDocument encode(InstrumentTerms terms) {
        return codec.encode(option(terms));
    }

    @Override
    public List<Violation> validate(InstrumentTerms terms) {
        return codec.validate(option(terms));
    }

    @Override
    public ResolvedInstrument resolve(InstrumentTerms terms, ReferenceData reference) {
        OptionTerms option = option(terms);
        if (!reference.hasIndex(option.underlying())) {
            throw TermsException.of("underlying", "the oracle prices no index " + option.underlying());
        }
        String settlement = option.style() == SettlementStyle.INVERSE ? option.baseAsset() : linearSettlementAsset;
        if (reference.asset(settlement).isEmpty()) {
            throw TermsException.of("style", "settlement asset " + settlement + " is not listed");
        }
        return new ResolvedOption(option, settlement, marginByUnderlying.getOrDefault(option.underlying(), margin));
    }

    private static OptionTerms option(InstrumentTerms terms) {
        if (terms instanceof OptionTerms option) {
            return option;
        }
        throw new IllegalArgumentException("not option terms: " + terms);
    }
}
