package io.clearstone.domain.instrument;

import java.util.List;

import io.clearstone.instruments.spi.PluginInfo;
import io.clearstone.instruments.spi.TermRange;

/**
 * A plugin as GET /plugins lists it: its own info and where it comes from, {@code bundled} (the EAR's lib/) or
 * {@code deployment <name>} (an archive deployed into the running server).
 */
public record InstalledPlugin(String typeId, String version, int termsVersion, String displayName, String help,
                              List<PluginInfo.PropertyInfo> properties, List<TermRange> termRanges, String source) {

    public static final String BUNDLED = "bundled";

    static InstalledPlugin of(PluginInfo info, String source) {
        return new InstalledPlugin(info.typeId(), info.version(), info.termsVersion(), info.displayName(),
                info.help(), info.properties(), info.termRanges(), source);
    }

    static String deployment(String name) {
        return "deployment " + name;
    }
}
