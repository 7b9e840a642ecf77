package org.coproduce.stories.entity;

/** Whether a theme is mentioned as good or as something that could improve. */
public enum Polarity {
    GOOD, IMPROVE
}
