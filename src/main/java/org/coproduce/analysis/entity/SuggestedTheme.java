package org.coproduce.analysis.entity;

import org.coproduce.stories.entity.Polarity;

/**
 * A theme found in a story; label and category are in the story's language. {@code evidence}: the
 * sentence of the story the theme is most likely in, so a moderator can judge the tag at a glance
 * (null for a story without sentences, and in analyses stored before it existed).
 */
public record SuggestedTheme(String code, String label, String category, Polarity polarity, double confidence,
        String evidence) {

    public SuggestedTheme(String code, String label, String category, Polarity polarity, double confidence) {
        this(code, label, category, polarity, confidence, null);
    }
}
