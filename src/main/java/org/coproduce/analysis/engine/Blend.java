package org.coproduce.analysis.engine;

import java.util.Map;
import org.coproduce.analysis.entity.Language;
import org.coproduce.analysis.entity.Sentiment;

/**
 * How the application blends the sentence-embedding models with the maxent models (issue 18): a
 * probability is (1 − w) × maxent + w × embedding. The values were chosen on development folds
 * under the honest protocol (docs/analysis.md, "Sentence embeddings"), per encoder: with bge-small-en-v1.5
 * (the default) the one choice best on the five development folds together, with a story's vector pooled from its
 * sentences' ({@link SentenceEmbedding#POOLED}, analysis-2026.12-5): themes weight 0.5 (with the theme
 * models on the embeddings trained 6 epochs, {@link DenseModels#THEMES}, averaged with the perceptrons since
 * analysis-2026.12-6) and a threshold per theme (per benchmark topic, chosen by coordinate ascent on the development
 * objective; a theme with several topics takes its largest topic's; themes without a benchmark topic 0.45 common /
 * 0.30 rare), sentiment naive Bayes 0.5, embeddings 0.6,
 * no mixed boost (with the perceptron ensemble on the embeddings, {@link DenseModels#sentiment}, analysis-2026.12-6; before
 * 0.4, 0.5 with the logistic regression) (the per-parameter medians of the folds' choices, the rule before, can be a poor
 * combination); with
 * all-MiniLM-L6-v2 (COPRODUCE_EMBEDDING_MODEL=minilm) the same procedure with the same heads (analysis-2026.12-7,
 * docs/analysis.md "Fifth round"): themes weight 0.5, 0.45 / 0.30 and per-theme thresholds, sentiment naive Bayes 0.2,
 * embeddings 0.4, mixed boost ×1.15 (before 0.5, 0.50 / 0.40 with the logistic regressions alone; 0.1, 0.4, ×1.15).
 * Applied at prediction only, so not part of the model cache's key.
 */
public record Blend(double themeWeight, double commonThreshold, double rareThreshold, double naiveBayesWeight,
        double sentimentWeight, double mixedBoost, Map<String, Double> perTheme) {

    /** Without per-theme thresholds. */
    public Blend(double themeWeight, double commonThreshold, double rareThreshold, double naiveBayesWeight,
            double sentimentWeight, double mixedBoost) {
        this(themeWeight, commonThreshold, rareThreshold, naiveBayesWeight, sentimentWeight, mixedBoost, Map.of());
    }

    /** The blended threshold of a theme: its own where it has one, else the common or rare one. */
    double threshold(String code, boolean common) {
        Double own = perTheme.get(code);
        return own != null ? own : common ? commonThreshold : rareThreshold;
    }

    static final Blend BGE = new Blend(0.5, 0.45, 0.30, 0.5, 0.6, 1, perTheme("general.organisation", 0.30,
            "general.funding", 0.30, "staff.manner", 0.40, "staff.levels", 0.45, "journey.continuity", 0.30,
            "staff.competence", 0.40, "communication.unspecified", 0.30, "communication.listening", 0.35,
            "communication.from-staff", 0.55, "communication.guidance", 0.30, "communication.kept-informed", 0.30,
            "access.contacting", 0.45, "access.appointments", 0.50, "access.appointment-method", 0.30,
            "access.timeliness", 0.35, "journey.discharge", 0.30, "environment.cleanliness", 0.30,
            "environment.facilities", 0.30, "travel.location", 0.30, "travel.transport", 0.45, "general.safety", 0.30,
            "mental-health.act", 0.30, "general.equality", 0.30, "medication.supply", 0.40, "activities.fresh-air", 0.35,
            "environment.food", 0.40, "general.impact", 0.35, "communication.family", 0.30, "general.negative", 0.50,
            "general.positive", 0.45));
    static final Blend MINILM = new Blend(0.5, 0.45, 0.30, 0.2, 0.4, 1.15, perTheme("general.organisation", 0.30,
            "general.funding", 0.30, "staff.manner", 0.40, "staff.levels", 0.50, "journey.continuity", 0.30,
            "staff.competence", 0.30, "communication.unspecified", 0.30, "communication.listening", 0.45,
            "communication.from-staff", 0.45, "communication.guidance", 0.25, "communication.kept-informed", 0.40,
            "access.contacting", 0.45, "access.appointments", 0.40, "access.appointment-method", 0.30,
            "access.timeliness", 0.45, "journey.discharge", 0.30, "environment.cleanliness", 0.30,
            "environment.facilities", 0.30, "travel.location", 0.30, "travel.transport", 0.35, "general.safety", 0.30,
            "mental-health.act", 0.30, "general.equality", 0.30, "medication.supply", 0.25, "activities.fresh-air", 0.40,
            "environment.food", 0.35, "general.impact", 0.30, "communication.family", 0.30, "general.negative", 0.55,
            "general.positive", 0.45));
    public static final Blend PRODUCT = SentenceEmbedding.ENCODER == SentenceEmbedding.Encoder.MINILM ? MINILM : BGE;
    /**
     * German themes (issue 18 item 4): the German maxent model blended with logistic regressions on the
     * all-MiniLM-L6-v2 embeddings of the German written sentences; weight and thresholds chosen on the first 30
     * German evaluation stories (docs/analysis.md, "German"). Its sentiment values are unused: German sentiment has
     * no embedding model.
     */
    public static final Blend GERMAN = new Blend(0.25, 0.25, 0.25, 0, 0, 1);

    /** Per-theme thresholds from (code, threshold) pairs. */
    private static Map<String, Double> perTheme(Object... pairs) {
        Map<String, Double> thresholds = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            thresholds.put((String) pairs[i], (Double) pairs[i + 1]);
        }
        return Map.copyOf(thresholds);
    }

    /** The theme blend for a language. */
    static Blend themes(Language language) {
        return language == Language.DE ? GERMAN : PRODUCT;
    }

    static double mix(double maxent, double dense, double weight) {
        return (1 - weight) * maxent + weight * dense;
    }

    /** The sentiment from the maxent, naive Bayes and embedding probabilities (each in {@link Sentiment} order). */
    Sentiment sentiment(double[] maxent, double[] naiveBayes, double[] dense) {
        int best = 0;
        double bestP = -1;
        for (int s = 0; s < maxent.length; s++) {
            double p = mix(mix(maxent[s], naiveBayes[s], naiveBayesWeight), dense[s], sentimentWeight);
            if (s == Sentiment.MIXED.ordinal()) {
                p *= mixedBoost;
            }
            if (p > bestP) {
                bestP = p;
                best = s;
            }
        }
        return Sentiment.values()[best];
    }
}
