package org.coproduce.analysis.entity;

/** Whether a theme is mentioned as something that went well or something that could improve. */
public enum Polarity {
    good, could_improve
}
