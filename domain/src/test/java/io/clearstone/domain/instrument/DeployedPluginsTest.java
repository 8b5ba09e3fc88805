package io.clearstone.domain.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.clearstone.instruments.digital.DigitalOptionPlugin;
import io.clearstone.instruments.options.EuropeanOptionPlugin;
import io.clearstone.instruments.spi.EverythingListed;
import io.clearstone.instruments.spi.InstrumentPlugin;
import io.clearstone.instruments.spi.MarketSnapshot;
import io.clearstone.instruments.spi.Measure;
import io.clearstone.instruments.spi.PositionView;
import io.clearstone.instruments.spi.TermsDocument;
import io.clearstone.instruments.spi.VolatilitySurface;

/** Plugins of archives deployed beside the application: found, refused when they shadow, kept when undeployed. */
class DeployedPluginsTest {

    private final PluginRegistry registry = new PluginRegistry(List.of(new EuropeanOptionPlugin()),
            key -> Optional.empty());

    @Test
    void aDeployedPluginIsInstalledWithItsDeploymentAsSource() {
        IsolatedArchive digital = IsolatedArchive.digital("instruments-digital.jar");
        registry.refresh(List.of(digital));

        InstrumentPlugin plugin = registry.plugin("option.digital").orElseThrow();
        assertThat(plugin.getClass().getClassLoader()).isSameAs(digital);
        assertThat(registry.installed()).extracting(InstalledPlugin::typeId, InstalledPlugin::source)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("option.european", "bundled"),
                        org.assertj.core.groups.Tuple.tuple("option.digital", "deployment instruments-digital.jar"));
        assertThat(digital.classesLoaded).as("every class loaded while the archive is deployed").isEqualTo(5);
    }

    @Test
    void theApplicationsOwnModulesAreNoPluginDeployment() {
        // the EAR itself is among the deployment modules; its plugins are the bundled ones, found once
        DeployedArchive ear = new DeployedArchive() {
            @Override
            public String name() {
                return "clearstone.ear";
            }

            @Override
            public ClassLoader classLoader() {
                return EuropeanOptionPlugin.class.getClassLoader();
            }

            @Override
            public void loadAllClasses() {
                throw new AssertionError("not a plugin deployment");
            }
        };
        registry.refresh(List.of(ear));
        assertThat(registry.installed()).extracting(InstalledPlugin::source).containsOnly("bundled");
    }

    @Test
    void anUndeployedPluginPricesTheInstrumentsThatExistButNoNewOnes() {
        registry.refresh(List.of(IsolatedArchive.digital("instruments-digital.jar")));
        InstrumentPlugin deployed = registry.plugin("option.digital").orElseThrow();

        registry.refresh(List.of());

        assertThat(registry.plugin("option.digital")).isEmpty();
        assertThat(registry.installed()).extracting(InstalledPlugin::typeId).containsExactly("option.european");
        InstrumentPlugin kept = registry.pluginOfExisting("option.digital").orElseThrow();
        assertThat(kept).isSameAs(deployed);
        assertThat(kept.resolve(kept.decode(terms(), 1), new EverythingListed()).value(PositionView.of(1), market())
                .value(Measure.PRESENT_VALUE)).isPresent();
        assertThat(registry.pluginOfExisting("option.unknown")).isEmpty();
    }

    @Test
    void aRedeployedArchiveReplacesItsPlugin() {
        registry.refresh(List.of(IsolatedArchive.digital("instruments-digital.jar")));
        InstrumentPlugin first = registry.plugin("option.digital").orElseThrow();
        IsolatedArchive second = IsolatedArchive.digital("instruments-digital.jar");

        registry.refresh(List.of(second));

        InstrumentPlugin now = registry.plugin("option.digital").orElseThrow();
        assertThat(now.getClass().getClassLoader()).isSameAs(second);
        assertThat(registry.pluginOfExisting("option.digital")).containsSame(now).isNotEqualTo(Optional.of(first));
    }

    @Test
    void aDeployedPluginClaimingABundledTypeIsRefusedAndTheBundledOneStays() {
        PluginRegistry withDigital = new PluginRegistry(List.of(new DigitalOptionPlugin()), key -> Optional.empty());
        withDigital.refresh(List.of(IsolatedArchive.digital("impostor.jar")));

        assertThat(withDigital.plugin("option.digital").orElseThrow()).isInstanceOf(DigitalOptionPlugin.class);
        assertThat(withDigital.installed()).extracting(InstalledPlugin::source).containsExactly("bundled");
    }

    @Test
    void aSecondDeploymentClaimingADeployedTypeIsRefused() {
        IsolatedArchive first = IsolatedArchive.digital("a.jar");
        registry.refresh(List.of(first, IsolatedArchive.digital("b.jar")));

        assertThat(registry.plugin("option.digital").orElseThrow().getClass().getClassLoader()).isSameAs(first);
        assertThat(registry.installed()).extracting(InstalledPlugin::source)
                .containsExactly("bundled", "deployment a.jar");
    }

    private static TermsDocument terms() {
        return TermsDocument.of(Map.of("underlying", "BTC-USD", "right", "CALL", "strike", new BigDecimal("70000"),
                "expiry", "2027-03-26T08:00:00Z", "payout", BigDecimal.TEN));
    }

    private static MarketSnapshot market() {
        return MarketSnapshot.at(Instant.parse("2026-11-21T08:00:00Z")).index("BTC-USD", 65_000).rate("USD", 0.03)
                .surface("BTC-USD", VolatilitySurface.flat(0.6)).build();
    }
}
