package io.clearstone.domain.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.clearstone.domain.liquidation.LiquidationEventView;
import io.clearstone.domain.liquidation.LiquidationKind;
import io.clearstone.domain.liquidation.LiquidationRecorded;
import io.clearstone.domain.margin.MarginState;
import io.clearstone.domain.margin.MarginStateSeen;
import io.clearstone.domain.oracle.IndexPriceChanged;
import io.clearstone.domain.oracle.OracleAlertKind;
import io.clearstone.domain.oracle.OracleAlertView;
import io.clearstone.domain.shared.AccountsChanged;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/** Every relayed event survives its trip through the outbox's JSON exactly: another node fires what this one did. */
class RelayTopicTest {

    private static final Jsonb JSON = JsonbBuilder.create();
    private static final Instant AT = Instant.parse("2026-12-01T12:00:00.123456Z");

    @Test
    void anIndexChangeKeepsItsExactPrices() {
        assertRoundTrip(RelayTopic.INDEX, new IndexPriceChanged("BTC-USD", new BigDecimal("65100.12345678"),
                new BigDecimal("64000.5"), AT));
        assertRoundTrip(RelayTopic.INDEX, new IndexPriceChanged("BTC-USD", null, new BigDecimal("1E-8"), AT));
    }

    @Test
    void changedAccountsKeepTheirIds() {
        assertRoundTrip(RelayTopic.ACCOUNTS, new AccountsChanged(Set.of(5L, 6L, 9_007_199_254_740_993L)));
    }

    @Test
    void aLiquidationKeepsEveryField() {
        assertRoundTrip(RelayTopic.LIQUIDATION, new LiquidationRecorded(new LiquidationEventView(17, 5,
                LiquidationKind.PARTIAL_LIQUIDATION, 1L, new BigDecimal("-0.25"), new BigDecimal("61000"), 7L, null,
                null, 1234.5, 2000.25, "below maintenance", AT)));
    }

    @Test
    void aMarginStateKeepsItsFiguresAndAnAbsentRatio() {
        assertRoundTrip(RelayTopic.MARGIN, new MarginStateSeen(5, MarginState.MARGIN_CALL, 0.85, 1000.5, 850.25));
        assertRoundTrip(RelayTopic.MARGIN, new MarginStateSeen(6, MarginState.HEALTHY, null, 0, 0));
    }

    @Test
    void anOracleAlertKeepsEveryField() {
        assertRoundTrip(RelayTopic.ORACLE_ALERT, new OracleAlertView(3L, "ETH-USD", OracleAlertKind.HALTED,
                new BigDecimal("3000"), new BigDecimal("1500.5"), "venue-a,venue-b", "a 50% fall", AT));
    }

    @Test
    void topicsAreFoundByTheirStoredNameAndUnknownOnesAreNot() {
        assertThat(RelayTopic.named("oracle-alert")).contains(RelayTopic.ORACLE_ALERT);
        assertThat(RelayTopic.named("something-newer")).isEmpty();
    }

    private static void assertRoundTrip(RelayTopic topic, Object event) {
        assertThat(topic.eventType()).isEqualTo(event.getClass());
        Object back = JSON.fromJson(JSON.toJson(event), topic.eventType());
        assertThat(back).isEqualTo(event);
    }
}
