package io.clearstone.web.problem;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation failures, at the API or at a service boundary: 400 with every field at fault, named as the client
 * sent it ({@code amount}, not {@code deposit.movement.amount}).
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Inject
    Problems problems;

    @Override
    public Response toResponse(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; "));
        return problems.respond("request/invalid-field", "Invalid request", 400, detail,
                errors.isEmpty() ? null : errors.get(0).field(), errors);
    }

    /**
     * The property path below the method parameter, list elements by position as the strict reader names them
     * ({@code quotes[2].price}), or the parameter itself when the constraint is on it.
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false).toList();
        StringBuilder properties = new StringBuilder();
        for (Path.Node node : nodes) {
            if (node.getKind() != ElementKind.PROPERTY && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            // a node inside a list carries the element's position; its name is the element's property, if any
            if (node.isInIterable() && !properties.isEmpty()) {
                properties.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey() != null
                        ? node.getKey() : "").append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                properties.append(properties.isEmpty() ? "" : ".").append(name);
            }
        }
        if (!properties.isEmpty()) {
            return properties.toString();
        }
        return nodes.stream().filter(n -> n.getKind() == ElementKind.PARAMETER).map(Path.Node::getName)
                .reduce((first, last) -> last).orElse("body");
    }
}
