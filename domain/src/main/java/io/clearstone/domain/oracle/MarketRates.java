package io.clearstone.domain.oracle;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The interest rates pricing uses: {@code clearstone.market.usd-rate}, continuously compounded, zero by default. */
@ApplicationScoped
public class MarketRates {

    @Inject
    @ConfigProperty(name = "clearstone.market.usd-rate", defaultValue = "0")
    double usdRate;

    public double usdRate() {
        return usdRate;
    }
}
