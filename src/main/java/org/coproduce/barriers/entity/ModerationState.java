package org.coproduce.barriers.entity;

/** A report awaits a moderator, is public, was refused, or was withdrawn by its reporter (published before: a tombstone). */
public enum ModerationState {
    PENDING, PUBLISHED, REJECTED, WITHDRAWN
}
