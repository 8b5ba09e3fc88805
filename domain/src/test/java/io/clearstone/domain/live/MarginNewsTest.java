package io.clearstone.domain.live;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.clearstone.domain.margin.MarginState;
import io.clearstone.domain.margin.MarginStateSeen;

class MarginNewsTest {

    private final MarginNews news = new MarginNews();

    @Test
    void aStateIsNewsOnceAndAgainOnlyWhenItChanges() {
        assertThat(news.isNews(seen(5, MarginState.MARGIN_CALL))).isTrue();
        assertThat(news.isNews(seen(5, MarginState.MARGIN_CALL))).as("assessed again, same state").isFalse();
        assertThat(news.isNews(seen(5, MarginState.HEALTHY))).as("back to health").isTrue();
        assertThat(news.notHealthy()).isEmpty();
    }

    @Test
    void aFirstSightingIsNewsOnlyWhenNotHealthy() {
        assertThat(news.isNews(seen(6, MarginState.HEALTHY))).isFalse();
        assertThat(news.isNews(seen(7, MarginState.LIQUIDATION))).isTrue();
        assertThat(news.notHealthy()).extracting(MarginStateSeen::accountId).containsExactly(7L);
    }

    @Test
    void aForgottenAccountsNextMarginCallIsNewsAgain() {
        news.isNews(seen(8, MarginState.MARGIN_CALL));
        news.forget(8);
        assertThat(news.isNews(seen(8, MarginState.MARGIN_CALL))).isTrue();
    }

    private static MarginStateSeen seen(long account, MarginState state) {
        return new MarginStateSeen(account, state, 0.9, 100, 90);
    }
}
