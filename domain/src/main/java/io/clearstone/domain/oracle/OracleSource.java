package io.clearstone.domain.oracle;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A named price source (an exchange feed, a data vendor, the demo feed). Only registered, enabled sources are heard,
 * and only from their reporter: one stolen oracle credential must not speak for several sources and so forge a quorum.
 */
@Entity
@Table(name = "oracle_source")
public class OracleSource {

    @Id
    private String name;
    private String description;
    private String reporter;
    private boolean enabled;
    @Version
    private long version;

    protected OracleSource() {
    }

    public OracleSource(String name, String description, String reporter) {
        this.name = name;
        this.description = description;
        this.reporter = reporter;
        this.enabled = true;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    /** The principal whose observations are taken as this source's. */
    public String reporter() {
        return reporter;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
