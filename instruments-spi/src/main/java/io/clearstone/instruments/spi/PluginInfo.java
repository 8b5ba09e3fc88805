package io.clearstone.instruments.spi;

import java.util.List;
import java.util.Objects;

/**
 * What the platform and its console know of a plugin without loading its classes.
 *
 * @param typeId       unique, stable id of the instrument type, e.g. {@code option.european}; two plugins with the
 *                     same id fail the deployment
 * @param version      the plugin's own version
 * @param termsVersion the version of the terms it encodes now
 * @param displayName  a short human name
 * @param help         what the instrument is and how its terms read
 * @param properties   the configurable properties and their defaults
 * @param termRanges   the range of every numeric term; {@code validate} refuses a value outside it, naming the term,
 *                     and the contract kit checks that it does
 */
public record PluginInfo(String typeId, String version, int termsVersion, String displayName, String help,
                         List<PropertyInfo> properties, List<TermRange> termRanges) {

    public PluginInfo {
        Objects.requireNonNull(typeId, "typeId");
        if (!typeId.matches("[a-z][a-z0-9]*(\\.[a-z][a-z0-9-]*)*")) {
            throw new IllegalArgumentException("type id must be dotted lower-case words: " + typeId);
        }
        if (termsVersion < 1) {
            throw new IllegalArgumentException("terms versions start at 1");
        }
        properties = List.copyOf(properties);
        termRanges = List.copyOf(termRanges);
    }

    /** A plugin without numeric terms. */
    public PluginInfo(String typeId, String version, int termsVersion, String displayName, String help,
                      List<PropertyInfo> properties) {
        this(typeId, version, termsVersion, displayName, help, properties, List.of());
    }

    /** The declared range of a term. */
    public TermRange termRange(String term) {
        return termRanges.stream().filter(r -> r.term().equals(term)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(typeId + " declares no range for " + term));
    }

    /**
     * A configurable property.
     *
     * @param type one of {@code string}, {@code decimal}, {@code integer}, {@code boolean}, {@code duration}
     */
    public record PropertyInfo(String name, String type, String defaultValue, String help) {
    }
}
