package org.coproduce.problems;

import jakarta.ws.rs.ForbiddenException;

/** The caller is known but may not do this; the message says why. */
public class Forbidden extends ForbiddenException {

    public Forbidden(String detail) {
        super(detail);
    }
}
