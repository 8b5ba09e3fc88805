package io.clearstone.domain.health;

import java.time.Duration;
import java.time.Instant;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Ready while the margin monitor can value every account, or has not been able to for less than
 * {@code clearstone.margin.unpriced-grace} (a stale index for a few seconds is the oracle's business; accounts that
 * stay unvalued mean the server clears positions it cannot liquidate, which an operator must hear of). The data
 * carries the count and what is missing either way.
 */
@Readiness
@ApplicationScoped
public class MarginBookReadiness implements HealthCheck {

    @Inject
    UnpricedAccounts unpriced;
    @Inject
    @ConfigProperty(name = "clearstone.margin.unpriced-grace", defaultValue = "PT2M")
    String grace;

    @Override
    public HealthCheckResponse call() {
        return of(unpriced.status(), Duration.parse(grace), Instant.now());
    }

    /** Whether accounts have stayed unpriced for the whole grace period (or longer) by {@code now}. */
    static boolean overdue(UnpricedAccounts.Status status, Duration grace, Instant now) {
        return status.since() != null && !status.since().plus(grace).isAfter(now);
    }

    static HealthCheckResponse of(UnpricedAccounts.Status status, Duration grace, Instant now) {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("margin-book")
                .status(!overdue(status, grace, now))
                .withData("unpricedAccounts", status.unpricedAccounts())
                .withData("portfolioAccounts", status.portfolioAccounts())
                .withData("portfolioPositions", status.portfolioPositions());
        if (status.since() != null) {
            response.withData("missing", String.join(", ", status.missing()))
                    .withData("unpricedSince", status.since().toString());
        }
        return response.build();
    }
}
