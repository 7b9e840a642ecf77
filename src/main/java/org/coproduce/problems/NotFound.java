package org.coproduce.problems;

import jakarta.ws.rs.NotFoundException;

/** Nothing of this kind has this id (or the caller may not know that it exists). */
public class NotFound extends NotFoundException {

    public NotFound(String kind, String id) {
        super("There is no " + kind + " " + (id == null || id.length() > 40 ? "with this id" : id) + ".");
    }
}
