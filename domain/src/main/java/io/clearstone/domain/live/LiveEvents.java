package io.clearstone.domain.live;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import io.clearstone.domain.liquidation.InsuranceFundService;
import io.clearstone.domain.liquidation.LiquidationRecorded;
import io.clearstone.domain.margin.MarginStateSeen;
import io.clearstone.domain.oracle.IndexPriceChanged;
import io.clearstone.domain.oracle.OracleAlertView;
import io.clearstone.domain.valuation.MarketSnapshots;

/**
 * What the console shows live, as it commits: index moves, margin state changes (a new margin call, an account
 * back to health), liquidation events (partial liquidations, bankruptcies, insurance payments, deleveraging,
 * socialized losses), the oracle's circuit-breaker alerts, and the insurance fund's value after them (and at most every few seconds otherwise).
 * Subscribers (the console's server-sent event stream) get each as a named event.
 */
@ApplicationScoped
public class LiveEvents {

    private static final Logger LOG = Logger.getLogger(LiveEvents.class.getName());
    private static final java.time.Duration FUND_EVERY = java.time.Duration.ofSeconds(5);

    /** A named event and its payload (serialised to JSON by the subscriber). */
    public record LiveEvent(String name, Object data) {
    }

    /** The insurance fund's value, in USD. */
    public record FundValue(double valueUsd, Instant at) {
    }

    @EJB
    InsuranceFundService insuranceFund;
    @Inject
    MarketSnapshots markets;
    @Inject
    Clock clock;
    @jakarta.annotation.Resource
    jakarta.enterprise.concurrent.ManagedExecutorService executor;

    private final List<Consumer<LiveEvent>> subscribers = new CopyOnWriteArrayList<>();
    private final MarginNews marginNews = new MarginNews();
    private final java.util.concurrent.atomic.AtomicBoolean fundPending = new java.util.concurrent.atomic.AtomicBoolean();
    private final AtomicReference<Instant> lastFund = new AtomicReference<>(Instant.EPOCH);

    public void subscribe(Consumer<LiveEvent> subscriber) {
        subscribers.add(subscriber);
    }

    public void unsubscribe(Consumer<LiveEvent> subscriber) {
        subscribers.remove(subscriber);
    }

    /**
     * Publishes the fund's value from another thread: observers after a commit run where no transaction may start,
     * and the value needs the database.
     */
    public void publishFundValue() {
        if (!fundPending.compareAndSet(false, true)) {
            return; // one computation already queued answers every request made meanwhile
        }
        executor.submit(() -> {
            fundPending.set(false);
            try {
                publish("insurance-fund", new FundValue(insuranceFund.valueUsd(markets.current()), clock.instant()));
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "insurance fund value not published", e);
            }
        });
    }

    /** The accounts last seen in a margin call or worse: what a console that just connected should show. */
    public List<MarginStateSeen> notHealthy() {
        return marginNews.notHealthy();
    }

    void onIndex(@Observes(during = TransactionPhase.AFTER_SUCCESS) IndexPriceChanged change) {
        publish("index", change);
        Instant now = clock.instant();
        Instant last = lastFund.get();
        if (!subscribers.isEmpty() && now.isAfter(last.plus(FUND_EVERY)) && lastFund.compareAndSet(last, now)) {
            publishFundValue();
        }
    }

    /** The oracle's circuit breaker halted (or let through) a symbol's index: operations must see it at once. */
    void onOracleAlert(@Observes(during = TransactionPhase.AFTER_SUCCESS) OracleAlertView alert) {
        LOG.warning(() -> "oracle alert: " + alert.kind() + " " + alert.symbol() + " index " + alert.indexPrice()
                + ", held " + alert.heldPrice() + " (" + alert.actors() + "): " + alert.detail());
        publish("oracle-alert", alert);
    }

    void onLiquidation(@Observes(during = TransactionPhase.AFTER_SUCCESS) LiquidationRecorded recorded) {
        // a liquidated account starts afresh: its next margin call is news again
        marginNews.forget(recorded.event().accountId());
        publish("liquidation", recorded.event());
        if (!subscribers.isEmpty()) {
            publishFundValue();
        }
    }

    /** Only changes: an account assessed at every tick in the same state is news once. */
    void onMargin(@Observes MarginStateSeen seen) {
        if (marginNews.isNews(seen)) {
            publish("margin", seen);
        }
    }

    private void publish(String name, Object data) {
        if (subscribers.isEmpty()) {
            return;
        }
        LiveEvent event = new LiveEvent(name, data);
        for (Consumer<LiveEvent> subscriber : subscribers) {
            try {
                subscriber.accept(event);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "a live subscriber failed", e);
            }
        }
    }
}
