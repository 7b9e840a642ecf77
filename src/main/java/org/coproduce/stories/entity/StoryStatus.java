package org.coproduce.stories.entity;

/** HELD: moderated and routed, shown to the organisations first, public once released. */
public enum StoryStatus {
    RECEIVED, HELD, PUBLISHED, REJECTED, WITHDRAWN,
    /** Taken out of public view for a while: reported often enough, or by a moderator, until they decide. */
    HIDDEN,
    /** Taken out of public view by a moderator's decision, with a statement of reasons; restorable. */
    UNPUBLISHED
}
