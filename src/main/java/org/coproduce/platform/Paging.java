package org.coproduce.platform;

import org.coproduce.problems.InvalidInput;

/**
 * Page and size from query parameters, taken as text so that "abc" is a 400 naming the
 * parameter (JAX-RS would answer 404 for an unconvertible query parameter).
 */
public record Paging(int page, int size) {

    public static final int MAX_SIZE = 100;

    /** No list is this long; beyond it the offset would overflow an int. */
    public static final int MAX_PAGE = 1_000_000;

    public static Paging of(String page, String size) {
        return new Paging(whole("page", page, 1, 1, MAX_PAGE), whole("size", size, 20, 1, MAX_SIZE));
    }

    public int offset() {
        return (page - 1) * size;
    }

    public static int whole(String field, String text, int fallback, int min, int max) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value < min || value > max) {
                throw new InvalidInput(field, "must be between " + min + " and " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, "must be a whole number");
        }
    }
}
