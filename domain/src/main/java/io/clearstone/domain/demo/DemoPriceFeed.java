package io.clearstone.domain.demo;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.clearstone.domain.oracle.IndexView;
import io.clearstone.domain.oracle.ObservationRequest;
import io.clearstone.domain.oracle.OracleService;
import io.clearstone.domain.oracle.PriceFeed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The demo's simulated market: one seeded GBM path per symbol, reported by three venues that each add a little
 * noise of their own. After a restart the paths continue from the current index instead of jumping back.
 */
@ApplicationScoped
public class DemoPriceFeed implements PriceFeed {

    private static final double SECONDS_PER_YEAR = 365.0 * 24 * 3600;
    private static final double VENUE_NOISE = 0.0003;
    private static final MathContext PRICE_PRECISION = new MathContext(10);

    @Inject
    DemoSettings settings;
    @EJB
    OracleService oracle;

    private GeometricBrownianMotion motion;

    @Override
    public boolean active() {
        return settings.enabled();
    }

    @Override
    public synchronized List<ObservationRequest> poll(Instant now) {
        if (motion == null) {
            motion = new GeometricBrownianMotion(settings.seed(), DemoCatalogue.PRICES);
            oracle.indices().stream().filter(i -> i.price() != null && DemoCatalogue.PRICES.containsKey(i.symbol()))
                    .forEach((IndexView i) -> motion.resumeFrom(i.symbol(), i.price().doubleValue()));
        }
        Map<String, Double> prices = motion.step(settings.simulatedSecondsPerTick() / SECONDS_PER_YEAR);
        List<ObservationRequest> observations = new ArrayList<>();
        prices.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            for (String venue : DemoCatalogue.SOURCES) {
                double quoted = e.getValue() * (1 + VENUE_NOISE * motion.nextGaussian());
                observations.add(new ObservationRequest(e.getKey(),
                        new BigDecimal(quoted, PRICE_PRECISION), venue, now));
            }
        });
        return observations;
    }
}
