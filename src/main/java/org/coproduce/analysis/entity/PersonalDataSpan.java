package org.coproduce.analysis.entity;

/** Personal data at {@code text.substring(start, end)} and what to replace it with. */
public record PersonalDataSpan(PersonalDataKind kind, int start, int end, String text, String replacement) {

    public boolean overlaps(PersonalDataSpan other) {
        return start < other.end && other.start < end;
    }

    public int length() {
        return end - start;
    }
}
