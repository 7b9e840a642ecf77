package org.coproduce.analysis.engine;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.coproduce.analysis.entity.Language;
import org.coproduce.analysis.entity.Sentiment;

/**
 * The models on sentence embeddings ({@link SentenceEmbedding}), blended with the maxent
 * models as {@link Blend#themes} says: English themes (one-vs-rest), English sentiment (3 classes, in
 * {@link Sentiment} order), German themes (from the German written sentences; null in a model
 * without them) and the criticality steps "at least k" (k = 1…4, from the phase-1 comments), blended
 * with the ordinal maxent model as {@link CriticalityModel.Decision#BLEND} says. Thread-safe.
 */
record DenseModels(DenseThemeModel themes, DenseMlp sentiment, DenseThemeModel germanThemes, DenseThemeModel criticality) {

    /**
     * A story's embeddings: the whole text's and each sentence's; the whole text's pooled from its sentences'
     * ({@link SentenceEmbedding#pooled}) unless {@link SentenceEmbedding#POOLED} is off.
     */
    record Embedded(float[] document, List<float[]> sentences) {

        static Embedded of(TextFeatures text) {
            return of(text, SentenceEmbedding.POOLED);
        }

        /** {@code pool} false: the whole text through the encoder too (the speed benchmark compares both). */
        static Embedded of(TextFeatures text, boolean pool) {
            List<float[]> sentences = text.sentenceTexts().stream().map(SentenceEmbedding::embed).toList();
            float[] pooled = pool ? SentenceEmbedding.pooled(text.sentenceTexts(), sentences) : null;
            return new Embedded(pooled != null ? pooled : SentenceEmbedding.embed(text.text()), sentences);
        }
    }

    /**
     * Trains the models on embedded texts ({@code germanTexts} null: no German model); {@code sentences} splits a text
     * of a language into sentences as {@link TextFeatures} does, for the texts' pooled vectors.
     */
    static DenseModels train(BiFunction<String, Language, List<String>> sentences, List<String> themeTexts,
            List<Set<String>> themeLabels, Set<String> codes,
            List<String> sentimentTexts, List<Sentiment> sentiments, List<String> germanTexts,
            List<Set<String>> germanLabels, Set<String> germanCodes, List<String> criticalityTexts, List<Integer> levels) {
        // The theme, sentiment and criticality texts share many sentences: each is embedded once for all three.
        Map<String, float[]> vectors = new java.util.concurrent.ConcurrentHashMap<>();
        Function<List<String>, List<float[]>> english = texts -> embed(texts, t -> sentences.apply(t, Language.EN), vectors);
        DenseThemeModel themes = DenseThemeModel.train(english.apply(themeTexts), themeLabels, codes, ModelTraining.THEMES.upsampling(),
                THEMES, DenseMlp.Settings.THEMES, true);
        DenseMlp sentiment = sentiment(english.apply(sentimentTexts).toArray(float[][]::new),
                sentiments.stream().mapToInt(Sentiment::ordinal).toArray());
        DenseThemeModel german = germanTexts == null ? null : DenseThemeModel.train(
                embed(germanTexts, t -> sentences.apply(t, Language.DE)), germanLabels, germanCodes, ModelTraining.THEMES.upsampling(), GERMAN, true);
        DenseThemeModel criticality = DenseThemeModel.train(english.apply(criticalityTexts),
                levels.stream().map(CriticalityModel::steps).toList(), CriticalityModel.STEPS, 4, DenseLogistic.Settings.STANDARD, true);
        return new DenseModels(themes, sentiment, german, criticality);
    }

    /**
     * The English sentiment model on the embeddings ({@code y}: {@link Sentiment} ordinals): an ensemble of perceptrons
     * ({@link DenseMlp.Settings#SENTIMENT}; until analysis-2026.12-6 a logistic regression; docs/analysis.md, "Fourth round").
     */
    static DenseMlp sentiment(float[][] x, int[] y) {
        return DenseMlp.train(x, y, Sentiment.values().length, null, DenseMlp.Settings.SENTIMENT);
    }

    /**
     * The English theme models' training, both encoders: 6 epochs (chosen with the blend on all development folds together,
     * docs/analysis.md "Third round"), averaged with a multi-label perceptron ensemble ({@link DenseMlp.Settings#THEMES},
     * "Fourth round"; for all-MiniLM-L6-v2 since analysis-2026.12-7, "Fifth round": before, the standard 12 epochs, logistic alone).
     */
    static final DenseLogistic.Settings THEMES = new DenseLogistic.Settings(1e-3, 6, 0.003, 32);

    /**
     * The German dense theme model's training: the English settings (60 epochs instead of 12 chose the same blend on
     * the first 30 German stories and scored lower on the new ones, GermanEvaluation).
     */
    static final DenseLogistic.Settings GERMAN = DenseLogistic.Settings.STANDARD;

    /**
     * Embeds texts on all cores (a text or sentence that repeats is embedded once): each text's vector pooled from its
     * sentences' ({@code sentences} splits a text), as {@link Embedded#of} makes a story's, or the whole text's
     * when {@link SentenceEmbedding#POOLED} is off.
     */
    static List<float[]> embed(List<String> texts, Function<String, List<String>> sentences) {
        return embed(texts, sentences, new java.util.concurrent.ConcurrentHashMap<>());
    }

    /** As {@link #embed(List, Function)}, reusing and adding to {@code done}, the vectors of texts and sentences embedded before. */
    static List<float[]> embed(List<String> texts, Function<String, List<String>> sentences, Map<String, float[]> done) {
        SentenceEmbedding.embed("load the model on this thread");
        if (!SentenceEmbedding.POOLED) {
            new LinkedHashSet<>(texts).parallelStream().filter(t -> !done.containsKey(t)).forEach(t -> done.put(t, SentenceEmbedding.embed(t)));
            return texts.stream().map(done::get).toList();
        }
        Map<String, List<String>> split = new java.util.LinkedHashMap<>();
        new LinkedHashSet<>(texts).forEach(t -> split.put(t, sentences.apply(t)));
        Set<String> units = new LinkedHashSet<>();
        split.forEach((text, s) -> units.addAll(s.isEmpty() ? List.of(text) : s));
        units.parallelStream().filter(t -> !done.containsKey(t)).forEach(t -> done.put(t, SentenceEmbedding.embed(t)));
        return texts.stream().map(t -> {
            List<String> s = split.get(t);
            return s.isEmpty() ? done.get(t) : SentenceEmbedding.pooled(s, s.stream().map(done::get).toList());
        }).toList();
    }

    void write(DataOutputStream out) throws IOException {
        ModelBytes.writeBlock(out, themes.toBytes());
        sentiment.write(out);
        out.writeBoolean(germanThemes != null);
        if (germanThemes != null) {
            ModelBytes.writeBlock(out, germanThemes.toBytes());
        }
        ModelBytes.writeBlock(out, criticality.toBytes());
    }

    static DenseModels read(DataInputStream in) throws IOException {
        DenseThemeModel themes = DenseThemeModel.fromBytes(ModelBytes.readBlock(in));
        DenseMlp sentiment = DenseMlp.read(in);
        DenseThemeModel german = in.readBoolean() ? DenseThemeModel.fromBytes(ModelBytes.readBlock(in)) : null;
        DenseThemeModel criticality = DenseThemeModel.fromBytes(ModelBytes.readBlock(in));
        return new DenseModels(themes, sentiment, german, criticality);
    }
}
