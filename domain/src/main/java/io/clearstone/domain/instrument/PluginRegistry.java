package io.clearstone.domain.instrument;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.clearstone.instruments.spi.InstrumentPlugin;
import io.clearstone.instruments.spi.PluginInfo;
import io.clearstone.instruments.spi.PluginProperties;

/**
 * The installed instrument plugins by type id: the bundled ones, found once with {@link ServiceLoader} in the
 * application's class loader (the EAR's {@code lib/}), and those of archives deployed into the running server beside
 * the application, found whenever {@link #refresh} is given the archives deployed now.
 * <ul>
 * <li>Two bundled plugins claiming one type id make discovery fail, and so the deployment, with both named.</li>
 * <li>A deployed plugin claiming a type id that is already installed (bundled, or by another deployment) is refused:
 * logged at WARN, listed nowhere, never shadowing the installed one.</li>
 * <li>When its archive is undeployed, a deployed plugin stops being installed (no new instruments of its type), but
 * the registry keeps the instance, every class of its archive loaded beforehand, so that the instruments that exist
 * stay priced until the server restarts or another deployment provides the type again.</li>
 * <li>A redeployed archive (same name, a new module) replaces its plugins for every call after the refresh.</li>
 * </ul>
 */
public final class PluginRegistry implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PluginRegistry.class.getName());

    private final Map<String, InstrumentPlugin> bundled;
    /** The class loaders that define the bundled plugins: the application's own modules, never a plugin deployment. */
    private final Set<ClassLoader> bundledLoaders;
    private final PluginConfiguration configuration;

    /** What each archive seen deployed gave, by deployment name; refused or plugin-less archives too, not rescanned. */
    private final Map<String, Scanned> deployments = new LinkedHashMap<>();
    /** The plugins of undeployed archives, by type id, kept for the instruments of their type that exist. */
    private final Map<String, InstrumentPlugin> retained = new HashMap<>();
    private volatile Snapshot snapshot;

    PluginRegistry(Collection<InstrumentPlugin> plugins, PluginConfiguration configuration) {
        Map<String, InstrumentPlugin> found = byTypeId(plugins);
        found.values().forEach(p -> p.init(PluginProperties.of(configuration.propertiesOf(p.info()))));
        this.bundled = found;
        this.bundledLoaders = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        found.values().forEach(p -> bundledLoaders.add(p.getClass().getClassLoader()));
        this.configuration = configuration;
        this.snapshot = new Snapshot(Map.of(), Map.of());
        LOG.info(() -> "instrument plugins: " + found.keySet());
    }

    /** Discovers the bundled plugins, in the application's class loader. */
    static PluginRegistry discover(PluginConfiguration configuration) {
        return new PluginRegistry(installedPlugins(), configuration);
    }

    /**
     * The bundled plugins, constructed but not initialised. The SPI is a server module that cannot see the EAR, so
     * the service files are read through the application's own class loader, which sees the EAR's {@code lib/}.
     */
    static List<InstrumentPlugin> installedPlugins() {
        return ServiceLoader.load(InstrumentPlugin.class, PluginRegistry.class.getClassLoader()).stream()
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

    /**
     * Brings the deployed plugins in line with the archives deployed now: undeployed archives' plugins are retained
     * for existing instruments, new (or redeployed) archives are scanned once.
     */
    synchronized void refresh(List<DeployedArchive> archives) {
        Map<String, DeployedArchive> now = new LinkedHashMap<>();
        archives.forEach(a -> now.put(a.name(), a));
        boolean changed = false;
        for (var it = deployments.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Scanned> entry = it.next();
            DeployedArchive current = now.get(entry.getKey());
            if (current == null || current.classLoader() != entry.getValue().classLoader()) {
                it.remove();
                entry.getValue().plugins().forEach(p -> retain(entry.getKey(), p));
                changed = true;
            }
        }
        for (DeployedArchive archive : now.values()) {
            if (!deployments.containsKey(archive.name())) {
                deployments.put(archive.name(), scan(archive));
                changed = true;
            }
        }
        if (changed) {
            Map<String, Entry> active = new LinkedHashMap<>();
            deployments.forEach((name, scanned) -> scanned.plugins()
                    .forEach(p -> active.put(p.info().typeId(), new Entry(p, InstalledPlugin.deployment(name)))));
            snapshot = new Snapshot(Map.copyOf(active), Map.copyOf(retained));
        }
    }

    private void retain(String archive, InstrumentPlugin plugin) {
        String type = plugin.info().typeId();
        retained.put(type, plugin);
        LOG.warning(() -> "instrument plugin " + type + " of deployment " + archive + " was undeployed: no new "
                + "instruments of its type; those that exist stay priced by the instance loaded until the server "
                + "restarts or a deployment provides " + type + " again");
    }

    private Scanned scan(DeployedArchive archive) {
        List<ServiceLoader.Provider<InstrumentPlugin>> providers;
        try {
            providers = ServiceLoader.load(InstrumentPlugin.class, archive.classLoader()).stream()
                    // its own plugins only: the services files it sees through its dependencies are not its own
                    .filter(p -> p.type().getClassLoader() == archive.classLoader())
                    .filter(p -> !bundledLoaders.contains(p.type().getClassLoader()))
                    .toList();
        } catch (ServiceConfigurationError | LinkageError e) {
            LOG.log(Level.WARNING, "deployment " + archive.name() + " names instrument plugins that cannot be loaded "
                    + "(does its manifest say Dependencies: io.clearstone.instruments.spi?); none installed", e);
            return new Scanned(archive.classLoader(), List.of());
        }
        if (providers.isEmpty()) {
            return new Scanned(archive.classLoader(), List.of());
        }
        List<InstrumentPlugin> accepted = new ArrayList<>();
        Set<String> typesHere = new HashSet<>();
        try {
            archive.loadAllClasses();
            for (ServiceLoader.Provider<InstrumentPlugin> provider : providers) {
                InstrumentPlugin plugin = provider.get();
                String type = plugin.info().typeId();
                Optional<String> owner = ownerOf(type, archive.name(), typesHere);
                if (owner.isPresent()) {
                    LOG.warning(() -> "deployment " + archive.name() + ": instrument plugin "
                            + plugin.getClass().getName() + " claims type id '" + type + "', already installed ("
                            + owner.get() + "); refused, the installed one stays");
                    continue;
                }
                plugin.init(PluginProperties.of(configuration.propertiesOf(plugin.info())));
                typesHere.add(type);
                accepted.add(plugin);
                InstrumentPlugin replaced = retained.remove(type);
                if (replaced != null) {
                    replaced.close();
                }
                LOG.info(() -> "instrument plugin " + type + " " + plugin.info().version() + " installed from "
                        + "deployment " + archive.name());
            }
        } catch (RuntimeException | ServiceConfigurationError | LinkageError e) {
            LOG.log(Level.WARNING, "deployment " + archive.name() + ": its instrument plugins failed to load; none "
                    + "installed", e);
            accepted.forEach(InstrumentPlugin::close);
            return new Scanned(archive.classLoader(), List.of());
        }
        return new Scanned(archive.classLoader(), List.copyOf(accepted));
    }

    /** Who installed {@code type} already, if anyone: bundled, another deployment, or this very archive. */
    private Optional<String> ownerOf(String type, String archive, Set<String> typesHere) {
        if (bundled.containsKey(type)) {
            return Optional.of(InstalledPlugin.BUNDLED);
        }
        if (typesHere.contains(type)) {
            return Optional.of(InstalledPlugin.deployment(archive));
        }
        return deployments.entrySet().stream()
                .filter(e -> e.getValue().plugins().stream().anyMatch(p -> p.info().typeId().equals(type)))
                .map(e -> InstalledPlugin.deployment(e.getKey())).findFirst();
    }

    /** The installed plugin of a type: one for new instruments. */
    public Optional<InstrumentPlugin> plugin(String typeId) {
        InstrumentPlugin found = bundled.get(typeId);
        if (found != null) {
            return Optional.of(found);
        }
        return Optional.ofNullable(snapshot.active().get(typeId)).map(Entry::plugin);
    }

    /**
     * The plugin that prices the instruments of a type that exist: the installed one, or else the one retained from
     * an undeployed archive.
     */
    public Optional<InstrumentPlugin> pluginOfExisting(String typeId) {
        return plugin(typeId).or(() -> Optional.ofNullable(snapshot.retained().get(typeId)));
    }

    public List<PluginInfo> infos() {
        return java.util.stream.Stream.concat(bundled.values().stream(),
                snapshot.active().values().stream().map(Entry::plugin)).map(InstrumentPlugin::info).toList();
    }

    /** The installed plugins, bundled first, each with where it comes from. */
    public List<InstalledPlugin> installed() {
        List<InstalledPlugin> all = new ArrayList<>();
        bundled.values().forEach(p -> all.add(InstalledPlugin.of(p.info(), InstalledPlugin.BUNDLED)));
        snapshot.active().values().forEach(e -> all.add(InstalledPlugin.of(e.plugin().info(), e.source())));
        return all;
    }

    @Override
    public synchronized void close() {
        bundled.values().forEach(InstrumentPlugin::close);
        deployments.values().forEach(s -> s.plugins().forEach(InstrumentPlugin::close));
        retained.values().forEach(InstrumentPlugin::close);
    }

    private record Scanned(ClassLoader classLoader, List<InstrumentPlugin> plugins) {
    }

    private record Entry(InstrumentPlugin plugin, String source) {
    }

    /** What readers see, replaced whole on every change. */
    private record Snapshot(Map<String, Entry> active, Map<String, InstrumentPlugin> retained) {
    }
}
