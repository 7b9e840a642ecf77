package org.coproduce.responses.entity;

/** A change a response records: PLANNED or MADE, and what it is. */
public record ChangeRecord(String kind, String description) {

    public static final String PLANNED = "PLANNED";
    public static final String MADE = "MADE";
}
