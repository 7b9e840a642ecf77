package org.coproduce.analysis.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coproduce.analysis.entity.Analysis;
import org.coproduce.analysis.entity.Language;
import org.coproduce.analysis.entity.SafeguardingFlag;
import org.coproduce.analysis.entity.Sentiment;

/**
 * The analysis facade: {@code new Analyser(modelCache)} loads the OpenNLP models and trains the
 * theme, sentiment and criticality models from the bundled data (about 30 s of CPU; on two free
 * cores about 20 s), or loads them from the {@link ModelCache} of an earlier start in that
 * directory (about 2 s; none: always train). Create it once and share it:
 * {@link #analyse(String)} is thread-safe.
 */
public class Analyser {

    public static final String MODEL_VERSION = "analysis-2026.12-7";
    /**
     * Whether the application blends the sentence-embedding models in (issue 18; see {@link Blend}): on unless
     * COPRODUCE_EMBEDDINGS (or -Dcoproduce.embeddings) is {@code false}. On by default since analysis-2026.12-7, with
     * all-MiniLM-L6-v2 as the encoder ({@link SentenceEmbedding}): it scores higher than the maxent models alone on every
     * task and keeps about 29 English (21–25 German) 150-word stories a second per core; it costs about 4× the analysis
     * time of the maxent models alone, 0.2 GB more memory and a few minutes of training at an instance's first start
     * (in the background; later starts read the model cache). docs/analysis.md, "Where it stands".
     */
    public static final boolean EMBEDDINGS = !"false".equalsIgnoreCase(System.getenv().getOrDefault("COPRODUCE_EMBEDDINGS",
            System.getProperty("coproduce.embeddings", "true")).trim());
    static final int URGENT = 4;
    private static final double CLEARLY_NEGATIVE = 0.85;

    private final LanguageDetection languages = new LanguageDetection();
    private final Nlp nlp = new Nlp();
    private final PersonalDataFinder personalData = new PersonalDataFinder();
    private final SafeguardingScreen safeguarding = new SafeguardingScreen();
    private final Taxonomy taxonomy = new Taxonomy();
    private final ModelTraining training = new ModelTraining(taxonomy, nlp);
    private final ModelTraining.Models models;
    private volatile ThemeTagger themes;
    /** The theme model in use per language and its version (MODEL_VERSION until a retrained one is used); replaced whole. */
    private volatile Map<Language, ThemeModel> themeModels;
    private volatile Map<Language, String> versions = Map.of(Language.EN, MODEL_VERSION, Language.DE, MODEL_VERSION);
    private volatile boolean embeddings = EMBEDDINGS;
    private volatile boolean pooled = SentenceEmbedding.POOLED;

    public Analyser(Optional<Path> modelCache) {
        models = new ModelCache(modelCache, MODEL_VERSION + "-" + training.fingerprint()).get(training::train);
        themeModels = Map.copyOf(models.themes());
        themes = new ThemeTagger(taxonomy, themeModels, models.sentiments(), denseThemes());
    }

    /** Switches the sentence-embedding blend off or on (the speed benchmark compares both with the same models). */
    void useEmbeddings(boolean use) {
        embeddings = use;
    }

    /**
     * Whether a story's own vector is pooled from its sentences' or the whole text goes through the encoder once more
     * (only for the speed benchmark: the models are trained for one of the two, {@link SentenceEmbedding#POOLED}).
     */
    void poolStoryVector(boolean pool) {
        pooled = pool;
    }

    /** The theme models on sentence embeddings, per language (none without the embeddings). */
    private Map<Language, DenseThemeModel> denseThemes() {
        Map<Language, DenseThemeModel> dense = new java.util.EnumMap<>(Language.class);
        if (models.dense() != null) {
            dense.put(Language.EN, models.dense().themes());
            if (models.dense().germanThemes() != null) {
                dense.put(Language.DE, models.dense().germanThemes());
            }
        }
        return dense;
    }

    /**
     * Trains a candidate theme model for the language on its bundled data (English: the FFT rows, framework and
     * written examples; German: the written sentences) plus moderators' corrections, and scores it and the
     * language's model in use on the held-out corrected stories; does not activate it.
     */
    public ThemeRetraining.Outcome challenge(Language language, List<ThemeRetraining.LabelledText> corrections,
            List<ThemeRetraining.LabelledText> heldOut) {
        var retraining = new ThemeRetraining(nlp, language, ModelTraining.THEMES);
        var current = themeModels.get(language);
        var base = language == Language.EN ? training.englishThemeExamples(FftCorpus.rows())
                : training.writtenThemeExamples(language);
        return retraining.challenge(current, base, corrections, heldOut, current.labels());
    }

    /** Makes a retrained theme model the one in use for its language; the other language's model stays. */
    public synchronized void useThemes(Language language, ThemeModel model, String version) {
        var byLanguage = new java.util.EnumMap<>(themeModels);
        byLanguage.put(language, model);
        var versionByLanguage = new java.util.EnumMap<>(versions);
        versionByLanguage.put(language, version);
        themes = new ThemeTagger(taxonomy, Map.copyOf(byLanguage), models.sentiments(), denseThemes());
        themeModels = Map.copyOf(byLanguage);
        versions = Map.copyOf(versionByLanguage);
    }

    /** The language's theme model in use. */
    ThemeModel themeModel(Language language) {
        return themeModels.get(language);
    }

    /** The version of the language's theme model in use (the analysis of a story in that language carries it). */
    public String modelVersion(Language language) {
        return versions.get(language);
    }

    public Analysis analyse(String text) {
        String story = text == null ? "" : text;
        if (story.isBlank()) {
            return new Analysis(Language.EN, Sentiment.MIXED, 0, List.of(), List.of(), List.of(), MODEL_VERSION);
        }
        Language language = languages.detect(story);
        TextFeatures features = TextFeatures.of(story, language, nlp);
        DenseModels.Embedded embedded = embeddings && themes.blends(language) ? DenseModels.Embedded.of(features, pooled) : null;
        Sentiment sentiment = sentiment(features, embedded);
        List<SafeguardingFlag> flags = safeguarding.screen(story);
        return new Analysis(language, sentiment, criticality(features, embedded, sentiment, flags),
                themes.tag(features, embedded), personalData.find(story, language), flags, versions.get(language));
    }

    private Sentiment sentiment(TextFeatures features, DenseModels.Embedded embedded) {
        SentimentModel model = models.sentiments().get(features.language());
        if (embedded == null || features.language() != Language.EN) {
            return model.predict(features.sentiment());
        }
        double[][] parts = model.parts(features.sentiment());
        return Blend.PRODUCT.sentiment(parts[0], parts[1], models.dense().sentiment().probabilities(embedded.document()));
    }

    /** The least criticality a story of this sentiment gets (the evaluation applies it too). */
    static int floor(Sentiment sentiment, java.util.function.DoubleSupplier negativity) {
        return switch (sentiment) {
            case POSITIVE -> 0;
            case MIXED -> 1;
            case NEGATIVE -> negativity.getAsDouble() >= CLEARLY_NEGATIVE ? 3 : 2;
        };
    }

    /**
     * English: the phase-1 criticality model (blended with its embedding model when the embeddings are on,
     * {@link CriticalityModel.Decision}), raised to the sentiment's floor (a negative story is
     * at least 2, a very clearly negative one at least 3): the phase-1 comments are short and mostly
     * positive, so the model alone under-rates long complaints. German (no German criticality
     * labels): from the sentiment, positive 0, mixed 1, negative 3. A safeguarding trigger makes
     * any story at least 4.
     */
    private int criticality(TextFeatures features, DenseModels.Embedded embedded, Sentiment sentiment, List<SafeguardingFlag> flags) {
        SentimentModel sentiments = models.sentiments().get(features.language());
        int floor = floor(sentiment, () -> sentiments.negativity(features.sentiment()));
        int level = features.language() == Language.EN ? Math.max(floor, englishCriticality(features, embedded))
                : sentiment == Sentiment.NEGATIVE ? 3 : floor;
        return flags.isEmpty() ? level : Math.max(level, URGENT);
    }

    private int englishCriticality(TextFeatures features, DenseModels.Embedded embedded) {
        CriticalityModel model = models.criticality();
        return embedded == null ? model.predict(features.document())
                : model.predict(features.document(), models.dense().criticality().probabilities(embedded.document()));
    }
}
