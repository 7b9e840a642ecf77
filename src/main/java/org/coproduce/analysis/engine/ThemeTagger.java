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
 * sentiment of the sentence that carries the theme; the sentence where the theme is most likely is
 * quoted with it as evidence for the moderator. Thread-safe.
 */
final class ThemeTagger {

    private final Taxonomy taxonomy;
    private final Map<Language, ThemeModel> models;
    private final Map<Language, SentimentModel> sentiments;
    private final Map<Language, DenseThemeModel> dense;

    /** {@code dense}: the themes on sentence embeddings per language, blended in as {@link Blend#themes} says (none: empty). */
    ThemeTagger(Taxonomy taxonomy, Map<Language, ThemeModel> models, Map<Language, SentimentModel> sentiments,
            Map<Language, DenseThemeModel> dense) {
        this.taxonomy = taxonomy;
        this.models = models;
        this.sentiments = sentiments;
        this.dense = dense;
    }

    List<SuggestedTheme> tag(TextFeatures text) {
        return tag(text, null);
    }

    /** Whether stories in this language are blended with an embedding model (so worth embedding). */
    boolean blends(Language language) {
        return dense.containsKey(language);
    }

    /** {@code embedded}: the story's sentence embeddings, or null for the maxent model alone. */
    List<SuggestedTheme> tag(TextFeatures text, DenseModels.Embedded embedded) {
        ThemeModel model = models.get(text.language());
        DenseThemeModel dense = this.dense.get(text.language());
        Blend blend = Blend.themes(text.language());
        Map<String, Double> whole = model.probabilities(text.document());
        List<Map<String, Double>> perSentence = text.sentences().stream().map(model::probabilities).toList();
        boolean blended = embedded != null && dense != null;
        if (blended) {
            whole = blend(whole, dense.probabilities(embedded.document()), blend);
            perSentence = new ArrayList<>(perSentence);
            for (int i = 0; i < perSentence.size() && i < embedded.sentences().size(); i++) {
                perSentence.set(i, blend(perSentence.get(i), dense.probabilities(embedded.sentences().get(i)), blend));
            }
        }
        List<SuggestedTheme> tags = new ArrayList<>();
        for (String code : model.labels()) {
            int best = -1, evidence = -1;
            double p = whole.get(code), sentenceP = -1;
            for (int i = 0; i < perSentence.size(); i++) {
                double q = perSentence.get(i).get(code);
                if (q > p) {
                    p = q;
                    best = i;
                }
                if (q > sentenceP) {
                    sentenceP = q;
                    evidence = i;
                }
            }
            if (p >= threshold(model, code, blended ? blend : null)) {
                String[] polarityFeatures = best < 0 ? text.sentiment() : text.sentenceSentiments().get(best);
                tags.add(tag(code, p, polarity(code, polarityFeatures, text.language()), text.language(),
                        evidence < 0 ? null : text.sentenceTexts().get(evidence).strip()));
            }
        }
        tags.sort(Comparator.comparingDouble(SuggestedTheme::confidence).reversed());
        return tags;
    }

    private static Map<String, Double> blend(Map<String, Double> maxent, Map<String, Double> embedding, Blend blend) {
        Map<String, Double> result = new java.util.LinkedHashMap<>();
        maxent.forEach((code, p) -> result.put(code, Blend.mix(p, embedding.getOrDefault(code, p), blend.themeWeight())));
        return result;
    }

    /** The model's own threshold; blended, the blend's threshold for the theme, or for a common or a rare one (as the model classes it). */
    private static double threshold(ThemeModel model, String code, Blend blend) {
        if (blend == null) {
            return model.threshold(code);
        }
        return blend.threshold(code, model.threshold(code) >= ModelTraining.THEMES.threshold());
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

    private SuggestedTheme tag(String code, double p, Polarity polarity, Language language, String evidence) {
        Theme theme = taxonomy.theme(code).orElseThrow();
        return new SuggestedTheme(code, theme.label(language), theme.category(language), polarity,
                Math.round(p * 1000) / 1000.0, evidence);
    }
}
