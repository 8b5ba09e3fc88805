package io.clearstone.instruments.digital;

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
 * The worked example of docs/plugins.md: a complete instrument plugin in two small classes. Terms version 1:
 * {@code {"underlying":"BTC-USD","right":"CALL","strike":70000,"expiry":"…","payout":100}}.
 */
public final class DigitalOptionPlugin implements InstrumentPlugin {

    /** Each numeric term's range, declared once: {@link #validate} enforces it and the contract kit tests it. */
    private static final TermRange STRIKE = TermRange.aboveUpTo("strike", "0", "1000000000");
    private static final TermRange PAYOUT = TermRange.aboveUpTo("payout", "0", "1000000000");

    private static final PluginInfo INFO = new PluginInfo("option.digital", "1.0", 1, "Digital option",
            "Cash-or-nothing: pays `payout` of the settlement stablecoin per contract if the index settles above "
                    + "(CALL) or below (PUT) the strike at expiry. Terms: underlying, right, strike, expiry, payout.",
            List.of(new PluginInfo.PropertyInfo("settlement-asset", "string", "USDC", "asset the payout is paid in")),
            List.of(STRIKE, PAYOUT));

    private volatile String settlementAsset = "USDC";

    @Override
    public PluginInfo info() {
        return INFO;
    }

    @Override
    public void init(PluginProperties properties) {
        settlementAsset = properties.get(INFO, "settlement-asset");
    }

    @Override
    public InstrumentTerms decode(TermsDocument document, int version) {
        if (version != 1) {
            throw TermsException.of("version", "digital terms exist in version 1 only");
        }
        TermsDocument.Reader reader = document.reader();
        DigitalTerms terms = new DigitalTerms(reader.text("underlying"), reader.choice("right", DigitalRight.class),
                reader.decimal("strike"), reader.instant("expiry"), reader.decimal("payout"));
        reader.throwIfInvalid();
        return terms;
    }

    @Override
    public TermsDocument encode(InstrumentTerms terms) {
        DigitalTerms digital = (DigitalTerms) terms;
        return TermsDocument.builder().put("underlying", digital.underlying()).put("right", digital.right())
                .put("strike", digital.strike()).put("expiry", digital.expiry()).put("payout", digital.payout())
                .build();
    }

    @Override
    public List<Violation> validate(InstrumentTerms terms) {
        DigitalTerms digital = (DigitalTerms) terms;
        List<Violation> violations = new ArrayList<>();
        STRIKE.check(digital.strike(), violations);
        PAYOUT.check(digital.payout(), violations);
        return violations;
    }

    @Override
    public ResolvedInstrument resolve(InstrumentTerms terms, ReferenceData reference) {
        DigitalTerms digital = (DigitalTerms) terms;
        if (!reference.hasIndex(digital.underlying())) {
            throw TermsException.of("underlying", "the oracle prices no index " + digital.underlying());
        }
        if (reference.asset(settlementAsset).isEmpty()) {
            throw TermsException.of("payout", "settlement asset " + settlementAsset + " is not listed");
        }
        return new ResolvedDigitalOption(digital, settlementAsset);
    }

    static BigDecimal payoutPerContract(DigitalTerms terms, BigDecimal settlementPrice) {
        boolean inTheMoney = terms.right() == DigitalRight.CALL ? settlementPrice.compareTo(terms.strike()) > 0
                : settlementPrice.compareTo(terms.strike()) < 0;
        return inTheMoney ? terms.payout() : BigDecimal.ZERO;
    }
}
