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
 * The models on sentence embeddings ({@link SentenceEmbedding}), blended with the maxent
 * models as {@link Blend#themes} says: English themes (one-vs-rest), English sentiment (3 classes, in
 * {@link Sentiment} order), German themes (from the German written sentences; null in a model
 * without them) and the criticality steps "at least k" (k = 1…4, from the phase-1 comments), blended
 * with the ordinal maxent model as {@link CriticalityModel.Decision#BLEND} says. Thread-safe.
 */
record DenseModels(DenseThemeModel themes, DenseLogistic sentiment, DenseThemeModel germanThemes, DenseThemeModel criticality) {

    /** A story's embeddings: the whole text's and each sentence's. */
    record Embedded(float[] document, List<float[]> sentences) {

        static Embedded of(TextFeatures text) {
            return new Embedded(SentenceEmbedding.embed(text.text()),
                    text.sentenceTexts().stream().map(SentenceEmbedding::embed).toList());
        }
    }

    /** Trains the models on embedded texts ({@code germanTexts} null: no German model). */
    static DenseModels train(List<String> themeTexts, List<Set<String>> themeLabels, Set<String> codes,
            List<String> sentimentTexts, List<Sentiment> sentiments, List<String> germanTexts,
            List<Set<String>> germanLabels, Set<String> germanCodes, List<String> criticalityTexts, List<Integer> levels) {
        DenseThemeModel themes = DenseThemeModel.train(embed(themeTexts), themeLabels, codes,
                ModelTraining.THEMES.upsampling(), THEMES, true);
        DenseLogistic sentiment = DenseLogistic.train(embed(sentimentTexts).toArray(float[][]::new),
                sentiments.stream().mapToInt(Sentiment::ordinal).toArray(), Sentiment.values().length, null,
                DenseLogistic.Settings.STANDARD);
        DenseThemeModel german = germanTexts == null ? null : DenseThemeModel.train(embed(germanTexts), germanLabels,
                germanCodes, ModelTraining.THEMES.upsampling(), GERMAN, true);
        DenseThemeModel criticality = DenseThemeModel.train(embed(criticalityTexts),
                levels.stream().map(CriticalityModel::steps).toList(), CriticalityModel.STEPS, 4, DenseLogistic.Settings.STANDARD, true);
        return new DenseModels(themes, sentiment, german, criticality);
    }

    /**
     * The English theme models' training: with bge-small-en-v1.5 6 epochs (chosen with the blend on all development
     * folds together, docs/analysis.md "Third round"), with all-MiniLM-L6-v2 the standard 12.
     */
    static final DenseLogistic.Settings THEMES = SentenceEmbedding.ENCODER == SentenceEmbedding.Encoder.MINILM
            ? DenseLogistic.Settings.STANDARD : new DenseLogistic.Settings(1e-3, 6, 0.003, 32);

    /**
     * The German dense theme model's training: the English settings (60 epochs instead of 12 chose the same blend on
     * the first 30 German stories and scored lower on the new ones, GermanEvaluation).
     */
    static final DenseLogistic.Settings GERMAN = DenseLogistic.Settings.STANDARD;

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
        out.writeBoolean(germanThemes != null);
        if (germanThemes != null) {
            byte[] g = germanThemes.toBytes();
            out.writeInt(g.length);
            out.write(g);
        }
        byte[] c = criticality.toBytes();
        out.writeInt(c.length);
        out.write(c);
    }

    static DenseModels read(DataInputStream in) throws IOException {
        DenseThemeModel themes = DenseThemeModel.fromBytes(in.readNBytes(in.readInt()));
        DenseLogistic sentiment = DenseLogistic.read(in);
        DenseThemeModel german = in.readBoolean() ? DenseThemeModel.fromBytes(in.readNBytes(in.readInt())) : null;
        DenseThemeModel criticality = DenseThemeModel.fromBytes(in.readNBytes(in.readInt()));
        return new DenseModels(themes, sentiment, german, criticality);
    }
}
