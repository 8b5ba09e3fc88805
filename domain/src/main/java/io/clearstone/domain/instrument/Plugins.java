package io.clearstone.domain.instrument;

import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;

import io.clearstone.domain.shared.InvalidRequestException;
import io.clearstone.instruments.spi.InstrumentPlugin;
import io.clearstone.instruments.spi.PluginInfo;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

/**
 * Discovers the bundled instrument plugins when the application starts and closes them when it stops; follows the
 * plugin archives deployed into the running server beside it: every 5 seconds, when the plugins are listed, and when
 * an instrument of a type not installed is asked for (so a plugin deployed a moment ago is found at once). Each node
 * of a cluster follows its own deployments.
 */
@Singleton
@Startup
@Lock(LockType.READ)
public class Plugins {

    private PluginRegistry registry;

    @PostConstruct
    void discover() {
        registry = PluginRegistry.discover(key -> ConfigProvider.getConfig().getOptionalValue(key, String.class));
        followDeployments();
    }

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    void followDeployments() {
        registry.refresh(DeployedArchives.current());
    }

    @PreDestroy
    void close() {
        registry.close();
    }

    /** The installed plugins' own info. */
    public List<PluginInfo> installed() {
        followDeployments();
        return registry.infos();
    }

    /** The installed plugins with where each comes from (bundled, or the deployment's name). */
    public List<InstalledPlugin> installedWithSource() {
        followDeployments();
        return registry.installed();
    }

    /** The plugin for new instruments of a type. */
    public InstrumentPlugin require(String typeId) {
        return registry.plugin(typeId).or(() -> {
            followDeployments();
            return registry.plugin(typeId);
        }).orElseThrow(() -> unknown(typeId));
    }

    /**
     * The plugin for the instruments of a type that exist: the installed one, or the one kept from an undeployed
     * archive.
     */
    public InstrumentPlugin requireForExisting(String typeId) {
        return registry.pluginOfExisting(typeId).or(() -> {
            followDeployments();
            return registry.pluginOfExisting(typeId);
        }).orElseThrow(() -> unknown(typeId));
    }

    private InvalidRequestException unknown(String typeId) {
        return new InvalidRequestException("instrument/unknown-type", "Unknown instrument type", "type",
                "no installed plugin provides instrument type " + typeId + "; installed: "
                        + registry.infos().stream().map(PluginInfo::typeId).toList());
    }
}
