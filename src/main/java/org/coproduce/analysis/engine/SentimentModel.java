package org.coproduce.analysis.engine;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import org.coproduce.analysis.entity.Sentiment;
import org.coproduce.platform.Coded;

/**
 * Whole-story sentiment, trained on the FFT "Comment sentiment" (1 very positive … 5 very
 * negative): 1–2 positive, 3 mixed or neutral, 4–5 negative. Two models on the
 * {@link SentimentFeatures}: maxent (L2-regularised logistic regression) and naive Bayes, their
 * probabilities averaged with weights 0.75 / 0.25 (naive Bayes alone is weaker, but it errs
 * differently: the blend measured 0.826 against 0.818 for maxent alone). Thread-safe.
 */
public final class SentimentModel {

    static final double L2 = 1.0;
    static final int ITERATIONS = 50;
    static final double NAIVE_BAYES_WEIGHT = 0.25;
    private final MaxentModel maxent;
    private final MaxentModel naiveBayes;

    SentimentModel(MaxentModel maxent, MaxentModel naiveBayes) {
        this.maxent = maxent;
        this.naiveBayes = naiveBayes;
    }

    public static Sentiment classOf(int fftSentiment) {
        if (fftSentiment <= 2) {
            return Sentiment.POSITIVE;
        }
        return fftSentiment == 3 ? Sentiment.MIXED : Sentiment.NEGATIVE;
    }

    /** Examples with {@link SentimentFeatures} and one label each. */
    public static SentimentModel train(List<Example> examples) {
        return train(examples, L2, ITERATIONS);
    }

    static SentimentModel train(List<Example> examples, double l2, int iterations) {
        List<Event> events = new ArrayList<>();
        for (Example example : examples) {
            events.add(new Event(example.labels().iterator().next(), example.features()));
        }
        return new SentimentModel(Maxent.train(events, l2, iterations), Maxent.train(events, "NAIVEBAYES", l2, iterations));
    }

    /** The blended probability of each outcome, in the maxent model's outcome order. */
    private double[] probabilities(String[] features) {
        return probabilities(features, NAIVE_BAYES_WEIGHT);
    }

    private double[] probabilities(String[] features, double naiveBayesWeight) {
        double[] p = maxent.eval(features);
        double[] q = naiveBayes.eval(features);
        for (int i = 0; i < p.length; i++) {
            p[i] = (1 - naiveBayesWeight) * p[i] + naiveBayesWeight * q[naiveBayes.getIndex(maxent.getOutcome(i))];
        }
        return p;
    }

    /**
     * The maxent and the naive Bayes probabilities, each in {@link Sentiment} order (positive,
     * mixed, negative), unblended: the evaluation blends them with other models' probabilities.
     */
    double[][] parts(String[] features) {
        double[] p = maxent.eval(features), q = naiveBayes.eval(features);
        double[][] result = new double[2][Sentiment.values().length];
        for (Sentiment s : Sentiment.values()) {
            int i = maxent.getIndex(s.code()), j = naiveBayes.getIndex(s.code());
            result[0][s.ordinal()] = i < 0 ? 0 : p[i];
            result[1][s.ordinal()] = j < 0 ? 0 : q[j];
        }
        return result;
    }

    /** {@link SentimentFeatures} of a text. */
    public Sentiment predict(String[] features) {
        return Coded.of(Sentiment.class, maxent.getBestOutcome(probabilities(features)));
    }

    /** As {@link #predict(String[])} with another naive Bayes weight: the evaluation chooses it on development folds. */
    Sentiment predict(String[] features, double naiveBayesWeight) {
        return Coded.of(Sentiment.class, maxent.getBestOutcome(probabilities(features, naiveBayesWeight)));
    }

    /** Probability that the text is negative, 0…1. */
    public double negativity(String[] features) {
        int index = maxent.getIndex(Sentiment.NEGATIVE.code());
        return index < 0 ? 0 : probabilities(features)[index];
    }

    byte[] toBytes() {
        return ModelBytes.of(out -> {
            ModelBytes.writeBlock(out, Maxent.toBytes(maxent));
            ModelBytes.writeBlock(out, Maxent.toBytes(naiveBayes));
        });
    }

    static SentimentModel fromBytes(byte[] bytes) {
        return ModelBytes.read(bytes, in -> {
            MaxentModel maxent = Maxent.fromBytes(ModelBytes.readBlock(in));
            return new SentimentModel(maxent, Maxent.fromBytes(ModelBytes.readBlock(in)));
        });
    }
}
