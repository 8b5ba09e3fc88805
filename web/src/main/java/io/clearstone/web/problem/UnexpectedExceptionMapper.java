package io.clearstone.web.problem;

import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.clearstone.domain.shared.DatabaseFailures;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Anything else: a 500 that tells the client an incident id and nothing of the internals; the log has the rest.
 * The container's own access refusal is a 403, and losing a race to a concurrent change (a version conflict, or a
 * unique key another request took first) a retryable 409.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Inject
    Problems problems;

    @Override
    public Response toResponse(Throwable e) {
        if (e instanceof EJBAccessException) {
            return problems.respond("security/forbidden", "Operation not allowed", 403,
                    HttpProblems.detail(403), null, List.of());
        }
        if (DatabaseFailures.isConcurrentChange(e)) {
            return problems.respond("request/concurrent-change", "Concurrent change", 409,
                    "another request changed the same data at the same time; retry the request", null, List.of());
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "incident " + incident, e);
        return problems.respond("server/unexpected", "Unexpected server error", 500,
                "the request failed unexpectedly; incident " + incident, null, List.of());
    }
}
