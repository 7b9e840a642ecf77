package org.coproduce.problems;

import jakarta.ws.rs.ClientErrorException;

/** The request is valid but clashes with the current state (taken, already decided, changed meanwhile). */
public class Conflict extends ClientErrorException {

    public Conflict(String detail) {
        super(detail, 409);
    }
}
