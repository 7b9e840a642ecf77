package org.coproduce.outcomes.entity;

import jakarta.json.bind.annotation.JsonbNillable;

/**
 * One number of a dashboard. {@code value} is null when there is nothing to show (no answered
 * story, no data), or when it rests on fewer than five stories and small counts are
 * suppressed: then {@code suppressed} is true.
 */
@JsonbNillable
public record Figure(Number value, boolean suppressed) {

    public static final Figure NONE = new Figure(null, false);
    public static final Figure HIDDEN = new Figure(null, true);

    public static Figure of(Number value) {
        return new Figure(value, false);
    }

    /** As an open-data cell: the number, "fewer than 5", or empty. */
    public String text() {
        if (suppressed) {
            return "fewer than 5";
        }
        return value == null ? "" : value.toString();
    }
}
