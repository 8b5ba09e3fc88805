package io.clearstone.domain.relay;

import java.util.Arrays;
import java.util.Optional;

import io.clearstone.domain.liquidation.LiquidationRecorded;
import io.clearstone.domain.margin.MarginStateSeen;
import io.clearstone.domain.oracle.IndexPriceChanged;
import io.clearstone.domain.oracle.OracleAlertView;
import io.clearstone.domain.shared.AccountsChanged;

/**
 * The events the cluster relays, each under the name its outbox rows carry (stable across releases: a row written by
 * one version is read by the next during a rolling upgrade) with the type its JSON payload is read back into.
 */
public enum RelayTopic {
    INDEX("index", IndexPriceChanged.class),
    ACCOUNTS("accounts", AccountsChanged.class),
    LIQUIDATION("liquidation", LiquidationRecorded.class),
    MARGIN("margin", MarginStateSeen.class),
    ORACLE_ALERT("oracle-alert", OracleAlertView.class);

    private final String topic;
    private final Class<?> eventType;

    RelayTopic(String topic, Class<?> eventType) {
        this.topic = topic;
        this.eventType = eventType;
    }

    public String topic() {
        return topic;
    }

    public Class<?> eventType() {
        return eventType;
    }

    /** The topic of a row, if this version knows it (a newer node may write topics an older one skips). */
    public static Optional<RelayTopic> named(String topic) {
        return Arrays.stream(values()).filter(t -> t.topic.equals(topic)).findFirst();
    }
}
