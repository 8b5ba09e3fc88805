package io.clearstone.web.problem;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JAX-RS's own refusals (unknown path, wrong method or media type, role not allowed) as problem+json too, with a
 * fixed detail per status: the framework's messages name internal hosts and codes.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Inject
    Problems problems;

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        int status = original.getStatus();
        Response problem = problems.respond("http/" + status, HttpProblems.title(status), status,
                HttpProblems.detail(status), null, List.of());
        Response.ResponseBuilder copy = Response.fromResponse(problem);
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(v -> copy.header(name, v));
            }
        });
        return copy.build();
    }
}
