package io.clearstone.web.request;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

import io.clearstone.domain.shared.InvalidRequestException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

/**
 * Limits every API request before its resource runs: path and query parameters without control characters (a NUL
 * in a symbol reaches PostgreSQL otherwise), and a body no longer than the configured size, refused up front when
 * its Content-Length says so and otherwise when it grows past the limit.
 */
@Provider
public class RequestLimits implements ContainerRequestFilter {

    /** System property: the largest request body, in bytes, of an ordinary operation. */
    public static final String MAX_BODY_BYTES = "clearstone.http.max-body-bytes";
    /** System property: the largest request body, in bytes, of an operation marked {@link BulkBody}. */
    public static final String MAX_BULK_BODY_BYTES = "clearstone.http.max-bulk-body-bytes";
    static final long DEFAULT_MAX_BODY_BYTES = 1L << 20;
    /** Below Undertow's own max-post-size (10 MB), so that the API answers first, in problem+json. */
    static final long DEFAULT_MAX_BULK_BODY_BYTES = 8L << 20;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        refuseControlCharacters(request.getUriInfo().getPathParameters());
        refuseControlCharacters(request.getUriInfo().getQueryParameters());
        long limit = limitFor(resource == null ? null : resource.getResourceMethod());
        if (request.getLength() > limit) {
            throw new BodyTooLargeException(limit);
        }
        request.setEntityStream(new BoundedInputStream(request.getEntityStream(), limit));
    }

    static long limitFor(Method operation) {
        return operation != null && operation.isAnnotationPresent(BulkBody.class)
                ? Long.getLong(MAX_BULK_BODY_BYTES, DEFAULT_MAX_BULK_BODY_BYTES)
                : Long.getLong(MAX_BODY_BYTES, DEFAULT_MAX_BODY_BYTES);
    }

    private static void refuseControlCharacters(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (ValueBounds.textProblem(name) != null) {
                throw new InvalidRequestException("request/invalid-parameter", "Invalid parameter", null,
                        "a parameter name contains control characters");
            }
            for (String value : parameter.getValue()) {
                String problem = ValueBounds.textProblem(value);
                if (problem != null) {
                    throw new InvalidRequestException("request/invalid-parameter", "Invalid parameter", name,
                            name + " " + problem);
                }
            }
        }
    }
}
