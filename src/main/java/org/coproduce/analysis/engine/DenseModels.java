package org.coproduce.analysis.engine;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coproduce.analysis.entity.Sentiment;

/**
 * The English models on sentence embeddings ({@link SentenceEmbedding}), blended with the maxent
 * models as {@link Blend#PRODUCT} says: themes (one-vs-rest), sentiment (3 classes, in
 * {@link Sentiment} order) and the criticality steps "at least k" (k = 1…4). Thread-safe.
 */
record DenseModels(DenseThemeModel themes, DenseLogistic sentiment, DenseThemeModel criticality) {

    static final List<String> STEPS = List.of("1", "2", "3", "4");

    /** A story's embeddings: the whole text's and each sentence's. */
    record Embedded(float[] document, List<float[]> sentences) {

        static Embedded of(TextFeatures text) {
            return new Embedded(SentenceEmbedding.embed(text.text()),
                    text.sentenceTexts().stream().map(SentenceEmbedding::embed).toList());
        }
    }

    /** Trains the three models on embedded texts: themes and sentiment from the same rows, criticality from its own. */
    static DenseModels train(List<String> themeTexts, List<Set<String>> themeLabels, Set<String> codes,
            List<String> sentimentTexts, List<Sentiment> sentiments, List<String> criticalityTexts, List<Integer> levels) {
        DenseThemeModel themes = DenseThemeModel.train(embed(themeTexts), themeLabels, codes,
                ModelTraining.THEMES.upsampling(), DenseLogistic.Settings.STANDARD, true);
        DenseLogistic sentiment = DenseLogistic.train(embed(sentimentTexts).toArray(float[][]::new),
                sentiments.stream().mapToInt(Sentiment::ordinal).toArray(), Sentiment.values().length, null,
                DenseLogistic.Settings.STANDARD);
        List<Set<String>> steps = new ArrayList<>();
        for (int level : levels) {
            Set<String> s = new LinkedHashSet<>();
            for (int k = 1; k <= level; k++) {
                s.add(String.valueOf(k));
            }
            steps.add(s);
        }
        DenseThemeModel criticality = DenseThemeModel.train(embed(criticalityTexts), steps, STEPS, 4,
                DenseLogistic.Settings.STANDARD, true);
        return new DenseModels(themes, sentiment, criticality);
    }

    /** Embeds texts on all cores (a text that repeats is embedded once). */
    static List<float[]> embed(List<String> texts) {
        Map<String, float[]> done = new java.util.concurrent.ConcurrentHashMap<>();
        new LinkedHashSet<>(texts).parallelStream().forEach(t -> done.put(t, SentenceEmbedding.embed(t)));
        return texts.stream().map(done::get).toList();
    }

    /** The blended criticality 0…5 from the maxent and the embedding step probabilities. */
    int criticality(Map<String, Double> maxentSteps, float[] document, Blend blend) {
        Map<String, Double> dense = criticality.probabilities(document);
        double sum = blend.criticalityOffset();
        for (String step : STEPS) {
            sum += Blend.mix(maxentSteps.get(step), dense.get(step), blend.criticalityWeight());
        }
        return (int) Math.min(CriticalityModel.MAX, Math.round(sum));
    }

    void write(DataOutputStream out) throws IOException {
        byte[] t = themes.toBytes(), c = criticality.toBytes();
        out.writeInt(t.length);
        out.write(t);
        sentiment.write(out);
        out.writeInt(c.length);
        out.write(c);
    }

    static DenseModels read(DataInputStream in) throws IOException {
        DenseThemeModel themes = DenseThemeModel.fromBytes(in.readNBytes(in.readInt()));
        DenseLogistic sentiment = DenseLogistic.read(in);
        return new DenseModels(themes, sentiment, DenseThemeModel.fromBytes(in.readNBytes(in.readInt())));
    }
}
