package org.coproduce.participation.entity;

/** Where a change stands at a milestone. */
public enum Stage {
    PLANNED, IN_PROGRESS, DONE
}
