package io.clearstone.domain.instrument;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.logging.Logger;

import io.clearstone.instruments.spi.InstrumentPlugin;
import io.clearstone.instruments.spi.PluginInfo;
import io.clearstone.instruments.spi.PluginProperties;

/**
 * The installed instrument plugins by type id, found once with {@link ServiceLoader} in the class loader that holds
 * the SPI (the EAR's {@code lib/}, where plugin jars go). Two plugins claiming one type id make discovery fail, and so
 * the deployment, with both named.
 */
public final class PluginRegistry implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PluginRegistry.class.getName());

    private final Map<String, InstrumentPlugin> byType;

    PluginRegistry(Collection<InstrumentPlugin> plugins, PluginConfiguration configuration) {
        Map<String, InstrumentPlugin> found = byTypeId(plugins);
        found.values().forEach(p -> p.init(PluginProperties.of(configuration.propertiesOf(p.info()))));
        this.byType = found;
        LOG.info(() -> "instrument plugins: " + found.keySet());
    }

    /** Discovers the plugins on the SPI's class path. */
    static PluginRegistry discover(PluginConfiguration configuration) {
        return new PluginRegistry(installedPlugins(), configuration);
    }

    /** The plugins on the SPI's class path, constructed but not initialised. */
    static List<InstrumentPlugin> installedPlugins() {
        return ServiceLoader.load(InstrumentPlugin.class, InstrumentPlugin.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get).toList();
    }

    /**
     * The plugins by type id, in discovery order.
     *
     * @throws IllegalStateException naming both classes when two plugins claim one type id
     */
    static Map<String, InstrumentPlugin> byTypeId(Collection<InstrumentPlugin> plugins) {
        Map<String, InstrumentPlugin> found = new LinkedHashMap<>();
        for (InstrumentPlugin plugin : plugins) {
            PluginInfo info = plugin.info();
            InstrumentPlugin earlier = found.putIfAbsent(info.typeId(), plugin);
            if (earlier != null) {
                throw new IllegalStateException("two instrument plugins claim type id '" + info.typeId() + "': "
                        + earlier.getClass().getName() + " and " + plugin.getClass().getName()
                        + "; remove one of their jars from the EAR's lib/");
            }
        }
        return found;
    }

    public Optional<InstrumentPlugin> plugin(String typeId) {
        return Optional.ofNullable(byType.get(typeId));
    }

    public List<PluginInfo> infos() {
        return byType.values().stream().map(InstrumentPlugin::info).toList();
    }

    @Override
    public void close() {
        byType.values().forEach(InstrumentPlugin::close);
    }
}
