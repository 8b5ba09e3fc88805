package io.clearstone.instruments.spi;

import java.util.Map;
import java.util.Optional;

/** Configured values of a plugin's properties; a property without a configured value takes its declared default. */
public final class PluginProperties {

    private final Map<String, String> values;

    private PluginProperties(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public static PluginProperties of(Map<String, String> values) {
        return new PluginProperties(values);
    }

    public static PluginProperties none() {
        return new PluginProperties(Map.of());
    }

    /** The configured value, else the default the plugin declares for {@code name} in {@code info}. */
    public String get(PluginInfo info, String name) {
        return Optional.ofNullable(values.get(name)).orElseGet(() -> info.properties().stream()
                .filter(p -> p.name().equals(name)).findFirst()
                .map(PluginInfo.PropertyInfo::defaultValue)
                .orElseThrow(() -> new IllegalArgumentException(info.typeId() + " declares no property " + name)));
    }

    public double getDouble(PluginInfo info, String name) {
        return Double.parseDouble(get(info, name));
    }
}
