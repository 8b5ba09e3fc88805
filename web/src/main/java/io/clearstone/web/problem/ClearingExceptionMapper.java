package io.clearstone.web.problem;

import java.util.List;

import io.clearstone.domain.shared.ClearingException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A business rule's refusal, with the type, status and field the domain chose. */
@Provider
public class ClearingExceptionMapper implements ExceptionMapper<ClearingException> {

    @Inject
    Problems problems;

    @Override
    public Response toResponse(ClearingException e) {
        List<Problem.FieldError> errors = e.violations().stream()
                .map(v -> new Problem.FieldError(v.field(), v.message())).toList();
        return problems.respond(e.problemType(), e.title(), e.status(), e.getMessage(), e.field(), errors);
    }
}
