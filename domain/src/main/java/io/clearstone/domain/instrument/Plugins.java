package io.clearstone.domain.instrument;

import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;

import io.clearstone.instruments.spi.InstrumentPlugin;
import io.clearstone.instruments.spi.PluginInfo;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;

/** Discovers the instrument plugins when the application starts and closes them when it stops. */
@Singleton
@Startup
@Lock(LockType.READ)
public class Plugins {

    private PluginRegistry registry;

    @PostConstruct
    void discover() {
        registry = PluginRegistry.discover(key -> ConfigProvider.getConfig().getOptionalValue(key, String.class));
    }

    @PreDestroy
    void close() {
        registry.close();
    }

    public List<PluginInfo> installed() {
        return registry.infos();
    }

    public InstrumentPlugin require(String typeId) {
        return registry.plugin(typeId).orElseThrow(() -> new io.clearstone.domain.shared.InvalidRequestException(
                "instrument/unknown-type", "Unknown instrument type", "type",
                "no installed plugin provides instrument type " + typeId + "; installed: "
                        + installed().stream().map(PluginInfo::typeId).toList()));
    }
}
