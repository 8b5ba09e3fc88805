package io.clearstone.domain.oracle;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A named price source (an exchange feed, a data vendor, the demo feed). Only registered sources are heard. */
@Entity
@Table(name = "oracle_source")
public class OracleSource {

    @Id
    private String name;
    private String description;
    private boolean enabled;
    @Version
    private long version;

    protected OracleSource() {
    }

    public OracleSource(String name, String description) {
        this.name = name;
        this.description = description;
        this.enabled = true;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
