package org.coproduce.stories.entity;

/** What the public sees happening to a story; it only ever moves forward. */
public enum Progress {
    UNHEARD, READ, RESPONDED, CHANGE_PLANNED, CHANGE_MADE;

    public Progress atLeast(Progress other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
