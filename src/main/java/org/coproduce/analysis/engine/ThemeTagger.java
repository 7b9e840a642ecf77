package org.coproduce.analysis.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.coproduce.analysis.entity.Language;
import org.coproduce.analysis.entity.Sentiment;
import org.coproduce.analysis.entity.SuggestedTheme;
import org.coproduce.analysis.entity.Theme;
import org.coproduce.stories.entity.Polarity;

/**
 * Tags a story with themes: each theme's probability is the larger of the whole story's and its
 * best sentence's, so a long story is not diluted by its other topics. The polarity comes from the
 * sentiment of the sentence that carries the theme. Thread-safe.
 */
final class ThemeTagger {

    private final Taxonomy taxonomy;
    private final Map<Language, ThemeModel> models;
    private final Map<Language, SentimentModel> sentiments;

    ThemeTagger(Taxonomy taxonomy, Map<Language, ThemeModel> models, Map<Language, SentimentModel> sentiments) {
        this.taxonomy = taxonomy;
        this.models = models;
        this.sentiments = sentiments;
    }

    List<SuggestedTheme> tag(TextFeatures text) {
        ThemeModel model = models.get(text.language());
        Map<String, Double> whole = model.probabilities(text.document());
        List<Map<String, Double>> perSentence = text.sentences().stream().map(model::probabilities).toList();
        List<SuggestedTheme> tags = new ArrayList<>();
        for (String code : model.labels()) {
            int best = -1;
            double p = whole.get(code);
            for (int i = 0; i < perSentence.size(); i++) {
                if (perSentence.get(i).get(code) > p) {
                    p = perSentence.get(i).get(code);
                    best = i;
                }
            }
            if (p >= model.threshold(code)) {
                String[] evidence = best < 0 ? text.sentiment() : text.sentenceSentiments().get(best);
                tags.add(tag(code, p, polarity(code, evidence, text.language()), text.language()));
            }
        }
        tags.sort(Comparator.comparingDouble(SuggestedTheme::confidence).reversed());
        return tags;
    }

    private Polarity polarity(String code, String[] evidence, Language language) {
        if (code.equals("general.positive")) {
            return Polarity.GOOD;
        }
        if (code.equals("general.negative")) {
            return Polarity.IMPROVE;
        }
        return sentiments.get(language).predict(evidence) == Sentiment.POSITIVE ? Polarity.GOOD : Polarity.IMPROVE;
    }

    private SuggestedTheme tag(String code, double p, Polarity polarity, Language language) {
        Theme theme = taxonomy.theme(code).orElseThrow();
        return new SuggestedTheme(code, theme.label(language), theme.category(language), polarity,
                Math.round(p * 1000) / 1000.0);
    }
}
