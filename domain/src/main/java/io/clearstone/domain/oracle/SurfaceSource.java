package io.clearstone.domain.oracle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A registered source of one underlying's volatility surface (a vendor, a desk's model, the demo). A surface is
 * replaced only by the reporter of such a source: holding the oracle role is not enough to reprice every option.
 */
@Entity
@Table(name = "oracle_surface_source")
public class SurfaceSource {

    @Id
    private String name;
    @Column(updatable = false)
    private String underlying;
    private String description;
    @Column(updatable = false)
    private String reporter;
    private boolean enabled;
    @Version
    private long version;

    protected SurfaceSource() {
    }

    public SurfaceSource(String name, String underlying, String description, String reporter) {
        this.name = name;
        this.underlying = underlying;
        this.description = description;
        this.reporter = reporter;
        this.enabled = true;
    }

    public SurfaceSourceView view() {
        return new SurfaceSourceView(name, underlying, description, reporter, enabled);
    }

    public String underlying() {
        return underlying;
    }

    public String reporter() {
        return reporter;
    }
}
