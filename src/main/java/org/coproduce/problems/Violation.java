package org.coproduce.problems;

/** One invalid field of a request: its name as the client sent it and what is wrong. */
public record Violation(String field, String message) {
}
