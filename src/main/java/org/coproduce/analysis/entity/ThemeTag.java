package org.coproduce.analysis.entity;

/** A theme found in a story; label and category are in the story's language. */
public record ThemeTag(String code, String label, String category, Polarity polarity, double confidence) {
}
