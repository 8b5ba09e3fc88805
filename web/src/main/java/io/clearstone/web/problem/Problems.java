package io.clearstone.web.problem;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;

/** Builds problem+json responses, so that every exception mapper answers in the same shape. */
@RequestScoped
public class Problems {

    static final String TYPE_PREFIX = "/problems/";

    @Inject
    HttpServletRequest request;

    public Response respond(String type, String title, int status, String detail, String field,
                            List<Problem.FieldError> errors) {
        Problem problem = new Problem(TYPE_PREFIX + type, title, status, detail, instance(), field,
                errors == null || errors.isEmpty() ? null : errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private String instance() {
        return request.getRequestURI();
    }
}
