package io.clearstone.instruments.perps;

import java.util.List;

import io.clearstone.instruments.spi.InstrumentPlugin;
import io.clearstone.instruments.spi.InstrumentTerms;
import io.clearstone.instruments.spi.PluginInfo;
import io.clearstone.instruments.spi.PluginProperties;
import io.clearstone.instruments.spi.ReferenceData;
import io.clearstone.instruments.spi.ResolvedInstrument;
import io.clearstone.instruments.spi.TermsDocument;
import io.clearstone.instruments.spi.TermsException;
import io.clearstone.instruments.spi.Violation;

/** Perpetual swaps, linear (stablecoin-margined) and inverse (coin-margined), with risk-limit tiers. */
public final class PerpetualSwapPlugin implements InstrumentPlugin {

    private static final PluginInfo INFO = new PluginInfo("swap.perpetual", "0.1", PerpetualTermsCodec.VERSION,
            "Perpetual swap",
            "A swap with no expiry on an index: LINEAR contracts are coins margined in the quote stablecoin, INVERSE "
                    + "contracts are USD amounts margined in the coin. Longs and shorts exchange funding every "
                    + "interval; margin follows risk-limit tiers by notional. Terms: underlying, style, contractSize, "
                    + "tickSize, fundingIntervalHours, interestRate, premiumClamp, fundingCap, markBand, riskLimitBase, "
                    + "riskLimitStep, riskLimitSteps, initialMargin, maintenanceMargin, marginStep.",
            List.of(new PluginInfo.PropertyInfo("linear-settlement-asset", "string", "USDC",
                    "asset linear swaps are margined and settled in")));

    private final PerpetualTermsCodec codec = new PerpetualTermsCodec();
    private volatile String linearSettlementAsset = "USDC";

    @Override
    public PluginInfo info() {
        return INFO;
    }

    @Override
    public void init(PluginProperties properties) {
        linearSettlementAsset = properties.get(INFO, "linear-settlement-asset");
    }

    @Override
    public InstrumentTerms decode(TermsDocument document, int version) {
        return codec.decode(document, version);
    }

    @Override
    public TermsDocument encode(InstrumentTerms terms) {
        return codec.encode((PerpetualTerms) terms);
    }

    @Override
    public List<Violation> validate(InstrumentTerms terms) {
        return codec.validate((PerpetualTerms) terms);
    }

    @Override
    public ResolvedInstrument resolve(InstrumentTerms terms, ReferenceData reference) {
        PerpetualTerms swap = (PerpetualTerms) terms;
        if (!reference.hasIndex(swap.underlying())) {
            throw TermsException.of("underlying", "the oracle prices no index " + swap.underlying());
        }
        String settlement = swap.style() == ContractStyle.INVERSE ? swap.baseAsset() : linearSettlementAsset;
        if (reference.asset(settlement).isEmpty()) {
            throw TermsException.of("style", "settlement asset " + settlement + " is not listed");
        }
        return new ResolvedPerpetual(swap, settlement);
    }
}
