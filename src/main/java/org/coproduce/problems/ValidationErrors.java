package org.coproduce.problems;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Comparator;

/** Bean Validation failures on request records and parameters: 400 with one violation per field. */
@Provider
public class ValidationErrors implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException e) {
        var violations = e.getConstraintViolations().stream()
                .map(v -> new Violation(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field))
                .toList();
        return Problem.invalid(violations).response().build();
    }

    /** The field a violation is about, as the client named it ("serviceIds[0]", "area.radiusKm"). */
    public static String field(ConstraintViolation<?> violation) {
        var names = new ArrayList<String>();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY) {
                names.add(node.getIndex() == null ? node.getName() : node.getName() + "[" + node.getIndex() + "]");
            }
        }
        return names.isEmpty() ? (parameter == null ? "body" : parameter) : String.join(".", names);
    }
}
