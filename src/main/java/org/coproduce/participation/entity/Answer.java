package org.coproduce.participation.entity;

/** Staff's decision on a proposal: what was decided (and, with it, why). */
public enum Answer {
    ADOPTED, NOT_ADOPTED, UNDER_CONSIDERATION
}
