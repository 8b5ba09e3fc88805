package io.clearstone.instruments.spi;

/**
 * An instrument type, as a plugin provides it. One instance lives as long as the deployment: the platform finds it
 * (ServiceLoader, {@code META-INF/services/io.clearstone.instruments.spi.InstrumentPlugin}), calls {@link #init} once
 * with its configured properties, uses it for every instrument of its type, and {@link #close}s it at undeployment.
 * Implementations must be thread-safe; everything they return is immutable.
 */
public interface InstrumentPlugin extends AutoCloseable {

    /** Identity and help, shown by the console without knowing the plugin's classes. */
    PluginInfo info();

    /** Called once before use, with the values of the properties {@link PluginInfo#properties()} declares. */
    default void init(PluginProperties properties) {
    }

    /**
     * Decodes an instrument's terms from their JSON form.
     *
     * @param version the terms version they were written in (older versions stay readable)
     * @throws TermsException listing every field that cannot be read
     */
    InstrumentTerms decode(TermsDocument document, int version);

    /** Encodes terms in the current version ({@link PluginInfo#termsVersion()}); {@code decode} reads it back equal. */
    TermsDocument encode(InstrumentTerms terms);

    /** Business validation of decoded terms; an empty list means valid. */
    java.util.List<Violation> validate(InstrumentTerms terms);

    /**
     * Resolves valid terms against reference data into the pricing-ready form.
     *
     * @throws TermsException when the terms name something the platform does not have (an unknown index or asset)
     */
    ResolvedInstrument resolve(InstrumentTerms terms, ReferenceData reference);

    @Override
    default void close() {
    }
}
