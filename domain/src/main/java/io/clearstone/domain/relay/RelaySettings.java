package io.clearstone.domain.relay;

import java.time.Duration;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The cluster relay's settings (MicroProfile Config, {@code clearstone.relay.*}). It is on where the server is
 * clustered (the clustered server sets the system property {@code clearstone.clustered}) unless
 * {@code clearstone.relay.enabled} says otherwise; a single server has nobody to relay to and writes nothing. The
 * test server turns it on to prove the relay on one node.
 */
@ApplicationScoped
public class RelaySettings {

    @Inject
    @ConfigProperty(name = "clearstone.relay.enabled")
    Optional<Boolean> enabled;
    @Inject
    @ConfigProperty(name = "clearstone.relay.poll-interval", defaultValue = "PT0.2S")
    String pollInterval;
    @Inject
    @ConfigProperty(name = "clearstone.relay.gap-timeout", defaultValue = "PT10S")
    String gapTimeout;
    @Inject
    @ConfigProperty(name = "clearstone.relay.retention", defaultValue = "PT1H")
    String retention;

    public boolean enabled() {
        return enabled.orElseGet(() -> Boolean.getBoolean("clearstone.clustered"));
    }

    /** How often every node reads the outbox: the relay's latency. */
    public Duration pollInterval() {
        return Duration.parse(pollInterval);
    }

    /** How long a missing id is awaited before it counts as a rolled-back insert. */
    public Duration gapTimeout() {
        return Duration.parse(gapTimeout);
    }

    /** How long rows are kept (far longer than any node needs to read them). */
    public Duration retention() {
        return Duration.parse(retention);
    }

    /** This node's name, as its rows carry it. */
    public static String nodeName() {
        return System.getProperty("jboss.node.name", "standalone");
    }
}
