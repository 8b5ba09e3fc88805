package io.clearstone.domain.instrument;

import java.util.HashMap;
import java.util.Map;

import io.clearstone.instruments.spi.PluginInfo;

/**
 * Configured plugin properties: {@code clearstone.plugins.<type id>.<property>} from MicroProfile Config, e.g.
 * {@code clearstone.plugins.option.european.margin.initial-floor=0.12}.
 */
@FunctionalInterface
public interface PluginConfiguration {

    /** The value configured for a key, if any. */
    java.util.Optional<String> value(String key);

    default Map<String, String> propertiesOf(PluginInfo info) {
        Map<String, String> values = new HashMap<>();
        info.properties().forEach(p -> value("clearstone.plugins." + info.typeId() + "." + p.name())
                .ifPresent(v -> values.put(p.name(), v)));
        return values;
    }
}
