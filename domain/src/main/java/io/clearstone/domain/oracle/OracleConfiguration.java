package io.clearstone.domain.oracle;

import java.math.BigDecimal;
import java.time.Duration;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Creates oracle symbols with the configured default rules. Defaults come from MicroProfile Config
 * ({@code clearstone.oracle.*}, settable as system properties or environment variables).
 */
@ApplicationScoped
public class OracleConfiguration {

    @PersistenceContext(unitName = "clearstone")
    EntityManager em;
    @Inject
    @ConfigProperty(name = "clearstone.oracle.default-staleness-seconds", defaultValue = "60")
    int defaultStalenessSeconds;
    @Inject
    @ConfigProperty(name = "clearstone.oracle.default-min-quorum", defaultValue = "2")
    int defaultMinQuorum;
    @Inject
    @ConfigProperty(name = "clearstone.oracle.default-max-deviation", defaultValue = "0.05")
    BigDecimal defaultMaxDeviation;
    /** The circuit breaker's default band: a larger move of the index within the interval is held. */
    @Inject
    @ConfigProperty(name = "clearstone.oracle.default-max-move-per-interval", defaultValue = "0.2")
    BigDecimal defaultMaxMovePerInterval;
    @Inject
    @ConfigProperty(name = "clearstone.oracle.default-move-interval-seconds", defaultValue = "300")
    int defaultMoveIntervalSeconds;

    /** The symbol's row and its (empty) index row, created with default rules if missing. */
    public OracleSymbol ensureSymbol(String symbol) {
        OracleSymbol existing = em.find(OracleSymbol.class, symbol);
        if (existing != null) {
            return existing;
        }
        OracleSymbol created = new OracleSymbol(symbol, defaultRules());
        em.persist(created);
        em.persist(new IndexPrice(symbol));
        return created;
    }

    public IndexRules defaultRules() {
        return new IndexRules(Duration.ofSeconds(defaultStalenessSeconds), defaultMinQuorum, defaultMaxDeviation,
                defaultMaxMovePerInterval, Duration.ofSeconds(defaultMoveIntervalSeconds));
    }
}
