package io.clearstone.web.live;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LiveSubscriberTest {

    @Test
    void aClientThatStopsReadingIsCutOffOnceItLeavesTheBoundOfEventsUnwritten() {
        ScriptedSink sink = ScriptedSink.stoppedReading();
        LiveSubscriber subscriber = new LiveSubscriber(sink, sink.connection(), 3);

        assertThat(subscriber.deliver(null)).isTrue();
        assertThat(subscriber.deliver(null)).isTrue();
        assertThat(subscriber.deliver(null)).isTrue();
        assertThat(subscriber.deliver(null)).as("a fourth event unwritten").isFalse();

        assertThat(sink.connectionDropped.getCount()).as("connection dropped").isZero();
        assertThat(subscriber.isGone()).isTrue();
        assertThat(subscriber.deliver(null)).isFalse();
        assertThat(sink.sent).as("nothing more queued for it").hasValue(3);
    }

    @Test
    void aClientThatReadsIsNeverCutOff() {
        ScriptedSink sink = ScriptedSink.reading();
        LiveSubscriber subscriber = new LiveSubscriber(sink, sink.connection(), 3);

        for (int i = 0; i < 1000; i++) {
            assertThat(subscriber.deliver(null)).isTrue();
        }
        assertThat(sink.connectionDropped.getCount()).isEqualTo(1);
        assertThat(sink.sent).hasValue(1000);
    }

    @Test
    void aClosedSinkIsForgottenWithoutDroppingAnything() {
        ScriptedSink sink = ScriptedSink.reading();
        LiveSubscriber subscriber = new LiveSubscriber(sink, sink.connection(), 3);
        sink.close();

        assertThat(subscriber.deliver(null)).isFalse();
        assertThat(sink.sent).hasValue(0);
    }

    @Test
    void aClientThatWentAwayIsForgottenWithoutTouchingItsFailedConnection() {
        ScriptedSink sink = ScriptedSink.goneAway();
        LiveSubscriber subscriber = new LiveSubscriber(sink, sink.connection(), 3);

        subscriber.deliver(null);

        assertThat(subscriber.isGone()).isTrue();
        assertThat(subscriber.deliver(null)).isFalse();
        assertThat(sink.connectionDropped.getCount()).as("nothing left to drop").isEqualTo(1);
    }
}
