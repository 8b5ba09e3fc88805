package io.clearstone.web.problem;

import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * An RFC 9457 problem document.
 *
 * @param type   a relative URI naming the condition, stable across versions (catalogue: docs/problems.md)
 * @param field  the request field at fault (a JSON property, header or query parameter), when there is one
 * @param errors every field at fault, when several are
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "field", "errors"})
public record Problem(String type, String title, int status, String detail, String instance, String field,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field. */
    public record FieldError(String field, String message) {
    }
}
