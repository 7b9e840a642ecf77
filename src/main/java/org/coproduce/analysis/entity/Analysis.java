package org.coproduce.analysis.entity;

import java.util.List;

/**
 * The result of analysing one story: the API contract the rest of the application uses.
 * Criticality is 0 (positive or neutral) … 5 (severely critical).
 */
public record Analysis(Language language, Sentiment sentiment, int criticality, List<SuggestedTheme> themes,
        List<PersonalDataSpan> personalData, List<SafeguardingFlag> safeguarding, String modelVersion) {

    public boolean needsUrgentModeration() {
        return !safeguarding.isEmpty();
    }
}
