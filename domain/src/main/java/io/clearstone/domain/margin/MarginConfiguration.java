package io.clearstone.domain.margin;

import java.time.Duration;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Portfolio margin settings from MicroProfile Config ({@code clearstone.margin.*}): the scan range (16%), volatility
 * shift (10 points), the weight of extreme moves (35%), initial = maintenance × initial factor (1.25), and the
 * contingency (30% of their own worst loss) for short options expiring within the short-dated window (24 h); the
 * margin ratio (maintenance / equity) from which an account is in margin call (0.8).
 */
@ApplicationScoped
public class MarginConfiguration {

    @Inject
    @ConfigProperty(name = "clearstone.margin.scan-range", defaultValue = "0.16")
    double scanRange;
    @Inject
    @ConfigProperty(name = "clearstone.margin.volatility-shift", defaultValue = "0.10")
    double volatilityShift;
    @Inject
    @ConfigProperty(name = "clearstone.margin.extreme-weight", defaultValue = "0.35")
    double extremeWeight;
    @Inject
    @ConfigProperty(name = "clearstone.margin.initial-factor", defaultValue = "1.25")
    double initialFactor;
    @Inject
    @ConfigProperty(name = "clearstone.margin.short-dated-contingency", defaultValue = "0.30")
    double shortDatedContingency;
    @Inject
    @ConfigProperty(name = "clearstone.margin.short-dated-window", defaultValue = "PT24H")
    String shortDatedWindow;
    @Inject
    @ConfigProperty(name = "clearstone.margin.margin-call-ratio", defaultValue = "0.8")
    double marginCallRatio;

    /** The margin ratio (maintenance / equity) from which an account is warned. */
    public double marginCallRatio() {
        return marginCallRatio;
    }

    public PortfolioScenarios scenarios() {
        return new PortfolioScenarios(scanRange, volatilityShift, extremeWeight);
    }

    public PortfolioMarginCalculator portfolioCalculator() {
        return new PortfolioMarginCalculator(scenarios(), shortDatedContingency);
    }

    public double shortDatedContingency() {
        return shortDatedContingency;
    }

    public double initialFactor() {
        return initialFactor;
    }

    public Duration shortDatedWindow() {
        return Duration.parse(shortDatedWindow);
    }
}
