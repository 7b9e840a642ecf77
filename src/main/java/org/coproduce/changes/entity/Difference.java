package org.coproduce.changes.entity;

/** A storyteller's answer to "did it make a difference?". */
public enum Difference {
    YES, PARTLY, NO, TOO_EARLY
}
