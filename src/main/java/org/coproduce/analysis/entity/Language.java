package org.coproduce.analysis.entity;

/** The languages the analysis supports, as ISO 639-1 codes. */
public enum Language {
    en, de
}
