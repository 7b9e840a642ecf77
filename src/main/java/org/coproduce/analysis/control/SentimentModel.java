package org.coproduce.analysis.control;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import org.coproduce.analysis.entity.Sentiment;

/**
 * Whole-story sentiment, trained on the FFT "Comment sentiment" (1 very positive … 5 very
 * negative): 1–2 positive, 3 mixed or neutral, 4–5 negative. Thread-safe.
 */
public final class SentimentModel {

    static final double L2 = 1.0;
    static final int ITERATIONS = 50;
    private final MaxentModel model;

    SentimentModel(MaxentModel model) {
        this.model = model;
    }

    public static Sentiment classOf(int fftSentiment) {
        if (fftSentiment <= 2) {
            return Sentiment.positive;
        }
        return fftSentiment == 3 ? Sentiment.mixed : Sentiment.negative;
    }

    public static SentimentModel train(List<Example> examples) {
        List<Event> events = new ArrayList<>();
        for (Example example : examples) {
            events.add(new Event(example.labels().iterator().next(), example.features()));
        }
        return new SentimentModel(Maxent.train(events, L2, ITERATIONS));
    }

    public Sentiment predict(String[] features) {
        return Sentiment.valueOf(model.getBestOutcome(model.eval(features)));
    }

    byte[] toBytes() {
        return Maxent.toBytes(model);
    }

    /** Probability that the text is negative, 0…1. */
    public double negativity(String[] features) {
        return Maxent.probability(model, features, Sentiment.negative.name());
    }
}
