package io.clearstone.web.problem;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A body that is not JSON, or JSON whose values do not fit their fields (RESTEasy reports both as a
 * ProcessingException around a JsonbException). Names the field when the binder does.
 */
@Provider
public class MalformedRequestMapper implements ExceptionMapper<ProcessingException> {

    private static final Pattern PROPERTY = Pattern.compile("property '([^']+)'");

    @Inject
    Problems problems;

    @Override
    public Response toResponse(ProcessingException e) {
        String field = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonbException && t.getMessage() != null) {
                Matcher property = PROPERTY.matcher(t.getMessage());
                if (property.find()) {
                    field = property.group(1);
                }
            }
        }
        String detail = field == null ? "the request body is not valid JSON for this operation"
                : "the value of " + field + " does not have the expected type or format";
        List<Problem.FieldError> errors = field == null ? List.of() : List.of(new Problem.FieldError(field, detail));
        return problems.respond("request/malformed-body", "Malformed request body", 400, detail, field, errors);
    }
}
