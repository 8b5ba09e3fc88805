package io.clearstone.web.throttle;

import java.io.IOException;
import java.security.Principal;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Limits how fast each authenticated identity may change state through the API (POST, PUT, PATCH, DELETE): a token
 * bucket per identity ({@link WriteRateLimit}); beyond it, 429 problem+json with Retry-After. Reads are not limited.
 * A filter suffices here, unlike for sign-ins: the caller is authenticated by the time filters run.
 */
// async: the live feed (server-sent events) under /api/v1 runs asynchronously, which every filter must allow
@WebFilter(urlPatterns = "/api/v1/*", asyncSupported = true)
public class WriteRateLimitFilter extends HttpFilter {

    static final String PROBLEM_TYPE = "/problems/request/rate-limited";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final int MAX_TRACKED_IDENTITIES = 10_000;

    private final WriteRateLimiter limiter = new WriteRateLimiter(new CurrentWriteRateLimit(System::getProperty),
            System::nanoTime, MAX_TRACKED_IDENTITIES);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal caller = request.getUserPrincipal();
        if (caller != null && WRITES.contains(request.getMethod())) {
            Optional<Duration> wait = limiter.acquire(caller.getName());
            if (wait.isPresent()) {
                TooManyRequests.send(response, PROBLEM_TYPE, caller.getName() + " is sending changes faster than "
                        + "its rate limit allows; retry in " + RetryAfter.seconds(wait.get()) + " s",
                        wait.get(), request.getRequestURI());
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
