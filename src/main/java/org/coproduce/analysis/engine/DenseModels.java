package org.coproduce.analysis.engine;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coproduce.analysis.entity.Sentiment;

/**
 * The English models on sentence embeddings ({@link SentenceEmbedding}), blended with the maxent
 * models as {@link Blend#PRODUCT} says: themes (one-vs-rest) and sentiment (3 classes, in
 * {@link Sentiment} order). Criticality has none: on the development folds the blend never beat
 * the ordinal maxent model (docs/analysis.md). Thread-safe.
 */
record DenseModels(DenseThemeModel themes, DenseLogistic sentiment) {

    /** A story's embeddings: the whole text's and each sentence's. */
    record Embedded(float[] document, List<float[]> sentences) {

        static Embedded of(TextFeatures text) {
            return new Embedded(SentenceEmbedding.embed(text.text()),
                    text.sentenceTexts().stream().map(SentenceEmbedding::embed).toList());
        }
    }

    /** Trains both models on embedded texts. */
    static DenseModels train(List<String> themeTexts, List<Set<String>> themeLabels, Set<String> codes,
            List<String> sentimentTexts, List<Sentiment> sentiments) {
        DenseThemeModel themes = DenseThemeModel.train(embed(themeTexts), themeLabels, codes,
                ModelTraining.THEMES.upsampling(), DenseLogistic.Settings.STANDARD, true);
        DenseLogistic sentiment = DenseLogistic.train(embed(sentimentTexts).toArray(float[][]::new),
                sentiments.stream().mapToInt(Sentiment::ordinal).toArray(), Sentiment.values().length, null,
                DenseLogistic.Settings.STANDARD);
        return new DenseModels(themes, sentiment);
    }

    /** Embeds texts on all cores (a text that repeats is embedded once). */
    static List<float[]> embed(List<String> texts) {
        Map<String, float[]> done = new java.util.concurrent.ConcurrentHashMap<>();
        SentenceEmbedding.embed("load the model on this thread");
        new LinkedHashSet<>(texts).parallelStream().forEach(t -> done.put(t, SentenceEmbedding.embed(t)));
        return texts.stream().map(done::get).toList();
    }

    void write(DataOutputStream out) throws IOException {
        byte[] t = themes.toBytes();
        out.writeInt(t.length);
        out.write(t);
        sentiment.write(out);
    }

    static DenseModels read(DataInputStream in) throws IOException {
        DenseThemeModel themes = DenseThemeModel.fromBytes(in.readNBytes(in.readInt()));
        return new DenseModels(themes, DenseLogistic.read(in));
    }
}
