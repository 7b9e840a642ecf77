package org.coproduce.barriers.entity;

/** A report awaits a moderator, is public, or was refused. */
public enum ModerationState {
    PENDING, PUBLISHED, REJECTED
}
