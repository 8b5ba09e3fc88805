package io.clearstone.web.problem;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Builds problem+json responses, so that every exception mapper answers in the same shape. */
@ApplicationScoped
public class Problems {

    static final String TYPE_PREFIX = "/problems/";

    @Context
    UriInfo uri;

    public Response respond(String type, String title, int status, String detail, String field,
                            List<Problem.FieldError> errors) {
        Problem problem = new Problem(TYPE_PREFIX + type, title, status, detail, instance(), field,
                errors == null || errors.isEmpty() ? null : errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private String instance() {
        try {
            return uri.getRequestUri().getRawPath();
        } catch (RuntimeException outsideRequest) {
            return null;
        }
    }
}
