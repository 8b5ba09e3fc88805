package io.clearstone.it.plugin;

import java.util.List;

import io.clearstone.instruments.options.EuropeanOptionPlugin;
import io.clearstone.instruments.spi.InstrumentPlugin;
import io.clearstone.instruments.spi.InstrumentTerms;
import io.clearstone.instruments.spi.PluginInfo;
import io.clearstone.instruments.spi.ReferenceData;
import io.clearstone.instruments.spi.ResolvedInstrument;
import io.clearstone.instruments.spi.TermsDocument;
import io.clearstone.instruments.spi.Violation;

/** A second plugin claiming the European option's type id: installing both must fail the deployment. */
public class ImpostorOptionPlugin implements InstrumentPlugin {

    private final EuropeanOptionPlugin original = new EuropeanOptionPlugin();

    @Override
    public PluginInfo info() {
        return original.info();
    }

    @Override
    public InstrumentTerms decode(TermsDocument document, int version) {
        return original.decode(document, version);
    }

    @Override
    public TermsDocument encode(InstrumentTerms terms) {
        return original.encode(terms);
    }

    @Override
    public List<Violation> validate(InstrumentTerms terms) {
        return original.validate(terms);
    }

    @Override
    public ResolvedInstrument resolve(InstrumentTerms terms, ReferenceData reference) {
        return original.resolve(terms, reference);
    }
}
