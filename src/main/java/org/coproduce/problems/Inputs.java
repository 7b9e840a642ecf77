package org.coproduce.problems;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

/**
 * The body of a {@link CheckedAfterAccess} method, judged once the caller's right is checked: the
 * same 400 answers Bean Validation and the JSON reader would have given before the method ran.
 */
@RequestScoped
public class Inputs {

    @Inject
    Validator validator;

    private RuntimeException unreadable;

    void holdBack(RuntimeException unreadable) {
        this.unreadable = unreadable;
    }

    /** The body: 400 when it was no JSON of its shape, is missing, or breaks its constraints. */
    public <T> T valid(T body) {
        if (readable(body) == null) {
            throw new InvalidInput("body", "must not be null");
        }
        var violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return body;
    }

    /** The body as sent, null when none was: 400 when it was no JSON of its shape. */
    public <T> T readable(T body) {
        if (unreadable != null) {
            throw unreadable;
        }
        return body;
    }
}
