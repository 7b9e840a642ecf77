package org.coproduce.problems;

import jakarta.ws.rs.BadRequestException;
import java.util.List;

/** Input that passed parsing but breaks a rule; names the field(s). */
public class InvalidInput extends BadRequestException {

    private final List<Violation> violations;

    public InvalidInput(String field, String message) {
        this(List.of(new Violation(field, message)));
    }

    public InvalidInput(List<Violation> violations) {
        super(violations.getFirst().field() + ": " + violations.getFirst().message());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
