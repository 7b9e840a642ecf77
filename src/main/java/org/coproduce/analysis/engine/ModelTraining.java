package org.coproduce.analysis.engine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coproduce.analysis.entity.Language;
import org.coproduce.analysis.entity.Sentiment;
import org.coproduce.stories.entity.Polarity;

/**
 * Trains the product's models from the bundled data at start-up. English themes: the FFT rows
 * (v6 topics mapped to theme codes), the framework's example comments and the English written
 * examples; German themes and German polarity: the German written examples; English sentiment: the FFT sentiment;
 * criticality: phase-1 criticality.
 */
final class ModelTraining {

    static final ThemeTraining THEMES = new ThemeTraining("MAXENT_QN", 0.1, 50, 0.3, 0.15, 4, true);
    private static final int MIN_EXAMPLES = 3;
    /** How many times a written example counts: a handful against thousands of FFT comments. */
    private static final int WRITTEN_WEIGHT = 3;

    private final Taxonomy taxonomy;
    private final Nlp nlp;

    ModelTraining(Taxonomy taxonomy, Nlp nlp) {
        this.taxonomy = taxonomy;
        this.nlp = nlp;
    }

    /** The models; {@code dense} (English, on sentence embeddings) is null unless {@link Analyser#EMBEDDINGS}. */
    record Models(Map<Language, ThemeModel> themes, Map<Language, SentimentModel> sentiments,
            CriticalityModel criticality, DenseModels dense) {
    }

    /** Identifies what the models are trained from and how, for {@link ModelCache}. */
    String fingerprint() {
        return ModelCache.key(THEMES.toString(), Analyser.EMBEDDINGS ? SentenceEmbedding.MODEL
                        + DenseLogistic.Settings.STANDARD + DenseMlp.Settings.SENTIMENT + DenseMlp.Settings.THEMES + DenseModels.THEMES + DenseModels.GERMAN : "", String.valueOf(WRITTEN_WEIGHT), String.valueOf(MIN_EXAMPLES),
                Resources.text(FftCorpus.RESOURCE), Resources.text(Phase1Corpus.RESOURCE),
                Resources.text(FrameworkExamples.RESOURCE), Resources.text(Taxonomy.RESOURCE),
                Resources.text(WrittenExamples.resource(Language.EN)), Resources.text(WrittenExamples.resource(Language.DE)));
    }

    Models train() {
        long t = System.nanoTime();
        List<FftCorpus.Row> fft = FftCorpus.rows();
        List<Example> english = englishThemeExamples(fft);
        t = log("English theme features", t);
        Map<Language, ThemeModel> themes = new EnumMap<>(Language.class);
        themes.put(Language.EN, themeModel(english));
        t = log("English themes trained", t);
        themes.put(Language.DE, themeModel(writtenThemeExamples(Language.DE)));
        Map<Language, SentimentModel> sentiments = new EnumMap<>(Language.class);
        sentiments.put(Language.EN, SentimentModel.train(englishSentimentExamples(fft)));
        sentiments.put(Language.DE, SentimentModel.train(writtenSentimentExamples(Language.DE)));
        t = log("German themes and sentiments trained", t);
        var criticality = CriticalityModel.train(criticalityExamples());
        t = log("criticality trained", t);
        DenseModels dense = null;
        if (Analyser.EMBEDDINGS) {
            dense = denseModels(fft, themes.get(Language.EN).labels(), themes.get(Language.DE).labels());
            log("sentence-embedding models trained", t);
        }
        return new Models(themes, sentiments, criticality, dense);
    }

    private static long log(String what, long since) {
        System.getLogger(ModelTraining.class.getName()).log(System.Logger.Level.INFO,
                "{0}: {1} ms", what, (System.nanoTime() - since) / 1_000_000);
        return System.nanoTime();
    }

    ThemeModel themeModel(List<Example> examples) {
        Set<String> codes = new LinkedHashSet<>();
        for (String code : taxonomy.codes()) {
            if (examples.stream().filter(e -> e.labels().contains(code)).count() >= MIN_EXAMPLES) {
                codes.add(code);
            }
        }
        return ThemeModel.train(examples, codes, THEMES);
    }

    /**
     * The models on sentence embeddings, from the same texts as the maxent models: English themes
     * from the FFT rows, written (×3) and framework examples; English sentiment from the FFT rows with a
     * sentiment and the written examples (×3); German themes from the German written examples
     * ({@code germanCodes} null: none).
     */
    DenseModels denseModels(List<FftCorpus.Row> fft, java.util.Collection<String> codes,
            java.util.Collection<String> germanCodes) {
        List<String> themeTexts = new ArrayList<>(), sentimentTexts = new ArrayList<>();
        List<Set<String>> themeLabels = new ArrayList<>();
        List<Sentiment> sentiments = new ArrayList<>();
        for (FftCorpus.Row row : fft) {
            Set<String> labels = new LinkedHashSet<>();
            row.topics().forEach(topic -> taxonomy.codeOfV6Topic(topic).ifPresent(labels::add));
            themeTexts.add(row.text());
            themeLabels.add(labels);
            if (row.sentiment() != null) {
                sentimentTexts.add(row.text());
                sentiments.add(SentimentModel.classOf(row.sentiment()));
            }
        }
        for (int i = 0; i < WRITTEN_WEIGHT; i++) {
            for (WrittenExamples.Sentence s : WrittenExamples.sentences(Language.EN)) {
                themeTexts.add(s.text());
                themeLabels.add(Set.of(s.code()));
                sentimentTexts.add(s.text());
                sentiments.add(s.polarity() == Polarity.GOOD ? Sentiment.POSITIVE : Sentiment.NEGATIVE);
            }
        }
        for (FrameworkExamples.Sentence sentence : FrameworkExamples.sentences()) {
            taxonomy.codeOfV7Subcategory(sentence.subcategory()).ifPresent(code -> {
                themeTexts.add(sentence.text());
                themeLabels.add(Set.of(code));
            });
        }
        List<WrittenExamples.Sentence> german = WrittenExamples.sentences(Language.DE);
        List<Phase1Corpus.Row> phase1 = Phase1Corpus.rows().stream().filter(row -> row.criticality() != null).toList();
        return DenseModels.train(nlp::sentenceTexts, themeTexts, themeLabels, new LinkedHashSet<>(codes), sentimentTexts, sentiments,
                germanCodes == null ? null : german.stream().map(WrittenExamples.Sentence::text).toList(),
                germanCodes == null ? null : german.stream().map(s -> Set.of(s.code())).toList(),
                germanCodes == null ? null : new LinkedHashSet<>(germanCodes),
                phase1.stream().map(Phase1Corpus.Row::text).toList(),
                phase1.stream().map(row -> CriticalityModel.fromPhase1(row.criticality())).toList());
    }

    List<Example> englishThemeExamples(List<FftCorpus.Row> fft) {
        List<Example> examples = new ArrayList<>();
        for (FftCorpus.Row row : fft) {
            Set<String> codes = new LinkedHashSet<>();
            row.topics().forEach(topic -> taxonomy.codeOfV6Topic(topic).ifPresent(codes::add));
            examples.add(new Example(features(row.text(), Language.EN), codes));
        }
        for (int i = 0; i < WRITTEN_WEIGHT; i++) {
            examples.addAll(writtenThemeExamples(Language.EN));
        }
        for (FrameworkExamples.Sentence sentence : FrameworkExamples.sentences()) {
            taxonomy.codeOfV7Subcategory(sentence.subcategory()).ifPresent(code ->
                    examples.add(new Example(features(sentence.text(), Language.EN), Set.of(code))));
        }
        return examples;
    }

    List<Example> writtenThemeExamples(Language language) {
        return WrittenExamples.sentences(language).stream()
                .map(s -> new Example(features(s.text(), language), Set.of(s.code())))
                .toList();
    }

    List<Example> englishSentimentExamples(List<FftCorpus.Row> fft) {
        List<Example> examples = new ArrayList<>(fft.stream().filter(row -> row.sentiment() != null)
                .map(row -> new Example(sentimentFeatures(row.text(), Language.EN),
                        Set.of(SentimentModel.classOf(row.sentiment()).code())))
                .toList());
        for (int i = 0; i < WRITTEN_WEIGHT; i++) {
            examples.addAll(writtenSentimentExamples(Language.EN));
        }
        return examples;
    }

    List<Example> writtenSentimentExamples(Language language) {
        return WrittenExamples.sentences(language).stream()
                .map(s -> new Example(sentimentFeatures(s.text(), language),
                        Set.of((s.polarity() == Polarity.GOOD ? Sentiment.POSITIVE : Sentiment.NEGATIVE).code())))
                .toList();
    }

    List<Example> criticalityExamples() {
        return Phase1Corpus.rows().stream().filter(row -> row.criticality() != null)
                .map(row -> new Example(features(row.text(), Language.EN),
                        Set.of(String.valueOf(CriticalityModel.fromPhase1(row.criticality())))))
                .toList();
    }

    String[] features(String text, Language language) {
        return Features.of(nlp.tokens(text, language), language);
    }

    String[] sentimentFeatures(String text, Language language) {
        String[] tokens = nlp.tokens(text, language);
        return SentimentFeatures.of(Features.of(tokens, language), tokens, nlp.sentences(text, language).length, language);
    }
}
