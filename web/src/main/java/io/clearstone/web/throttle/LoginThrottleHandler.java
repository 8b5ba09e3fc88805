package io.clearstone.web.throttle;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.http.HttpServletResponse;

import io.undertow.security.api.SecurityContext;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;

/**
 * Runs in front of the container's authentication: a (client address, identity) pair still in its backoff gets 429
 * without its password being checked, and the outcome of every other Basic attempt is counted as its response is
 * committed (401: a failure; an authenticated request: a success).
 */
final class LoginThrottleHandler implements HttpHandler {

    static final String PROBLEM_TYPE = "/problems/security/login-throttled";
    private static final HttpString FORWARDED_FOR = new HttpString("X-Forwarded-For");

    private final HttpHandler next;
    private final LoginThrottle throttle;
    private final Set<String> trustedProxies;

    LoginThrottleHandler(HttpHandler next, LoginThrottle throttle, Set<String> trustedProxies) {
        this.next = next;
        this.throttle = throttle;
        this.trustedProxies = trustedProxies;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        Optional<String> identity =
                BasicCredentials.claimedIdentity(exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION));
        if (identity.isEmpty()) {
            next.handleRequest(exchange);
            return;
        }
        ThrottleKey key = ThrottleKey.of(ClientAddress.resolve(peer(exchange),
                exchange.getRequestHeaders().get(FORWARDED_FOR), trustedProxies), identity.get());
        Optional<Duration> wait = throttle.tryBegin(key);
        if (wait.isPresent()) {
            refuse(exchange, key, wait.get());
            return;
        }
        // count when the response is committed, before the client can read it and send its next guess
        AtomicBoolean counted = new AtomicBoolean();
        exchange.addResponseCommitListener(committed -> {
            counted.set(true);
            count(committed, key);
        });
        exchange.addExchangeCompleteListener((completed, nextListener) -> {
            try {
                if (!counted.get()) {
                    throttle.abandoned(key);
                }
            } finally {
                nextListener.proceed();
            }
        });
        next.handleRequest(exchange);
    }

    private void count(HttpServerExchange committed, ThrottleKey key) {
        SecurityContext security = committed.getSecurityContext();
        if (committed.getStatusCode() == HttpServletResponse.SC_UNAUTHORIZED) {
            throttle.failed(key);
        } else if (security != null && security.isAuthenticated()) {
            throttle.succeeded(key);
        } else {
            throttle.abandoned(key);
        }
    }

    private static void refuse(HttpServerExchange exchange, ThrottleKey key, Duration wait) throws Exception {
        ServletRequestContext servlet = exchange.getAttachment(ServletRequestContext.ATTACHMENT_KEY);
        TooManyRequests.send((HttpServletResponse) servlet.getServletResponse(), PROBLEM_TYPE,
                "too many failed sign-ins for " + key.identity() + " from this address; retry in "
                        + RetryAfter.seconds(wait) + " s",
                wait, exchange.getRequestURI());
    }

    private static String peer(HttpServerExchange exchange) {
        InetSocketAddress source = exchange.getSourceAddress();
        return source == null || source.getAddress() == null ? "unknown" : source.getAddress().getHostAddress();
    }
}
