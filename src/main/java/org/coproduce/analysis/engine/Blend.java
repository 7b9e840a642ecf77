package org.coproduce.analysis.engine;

import org.coproduce.analysis.entity.Language;
import org.coproduce.analysis.entity.Sentiment;

/**
 * How the application blends the sentence-embedding models with the maxent models (issue 18): a
 * probability is (1 − w) × maxent + w × embedding. The values were chosen on development folds
 * under the honest protocol (docs/analysis.md, "Sentence embeddings"), per encoder: with bge-small-en-v1.5
 * (the default) the one choice best on the five development folds together, themes weight 0.5 with thresholds
 * 0.50 common / 0.40 rare, sentiment naive Bayes 0.4, embeddings 0.5, no mixed boost (the per-parameter medians
 * of the folds' choices, 0.6 with 0.50 / 0.40, scored 0.015 lower micro-F1 on the test folds); with
 * all-MiniLM-L6-v2 (COPRODUCE_EMBEDDING_MODEL=minilm) the values chosen for it before (0.5, 0.50 / 0.40; 0.1,
 * 0.4, ×1.15).
 * Applied at prediction only, so not part of the model cache's key.
 */
public record Blend(double themeWeight, double commonThreshold, double rareThreshold, double naiveBayesWeight,
        double sentimentWeight, double mixedBoost) {

    static final Blend BGE = new Blend(0.5, 0.5, 0.4, 0.4, 0.5, 1);
    static final Blend MINILM = new Blend(0.5, 0.5, 0.4, 0.1, 0.4, 1.15);
    public static final Blend PRODUCT = SentenceEmbedding.ENCODER == SentenceEmbedding.Encoder.MINILM ? MINILM : BGE;
    /**
     * German themes (issue 18 item 4): the German maxent model blended with logistic regressions on the
     * all-MiniLM-L6-v2 embeddings of the German written sentences; weight and thresholds chosen on the first 30
     * German evaluation stories (docs/analysis.md, "German"). Its sentiment values are unused: German sentiment has
     * no embedding model.
     */
    public static final Blend GERMAN = new Blend(0.25, 0.25, 0.25, 0, 0, 1);

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
