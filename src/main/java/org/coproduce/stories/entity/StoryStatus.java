package org.coproduce.stories.entity;

/** HELD: moderated and routed, shown to the organisations first, public once released. */
public enum StoryStatus {
    RECEIVED, HELD, PUBLISHED, REJECTED, WITHDRAWN
}
