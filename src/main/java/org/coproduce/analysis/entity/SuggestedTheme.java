package org.coproduce.analysis.entity;

import org.coproduce.stories.entity.Polarity;

/** A theme found in a story; label and category are in the story's language. */
public record SuggestedTheme(String code, String label, String category, Polarity polarity, double confidence) {
}
