package org.coproduce.analysis.engine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.coproduce.analysis.entity.Language;
import org.coproduce.analysis.entity.SuggestedTheme;

/**
 * German themes on the German evaluation stories ({@link GermanStories}), with and without sentence embeddings
 * (docs/analysis.md, "German"; issue 18 item 4). Trains the German models only (seconds): the application's
 * maxent theme model from the written German sentences, and one-vs-rest logistic regressions
 * ({@link DenseThemeModel}) on the all-MiniLM-L6-v2 embeddings of the same sentences, blended as the English
 * blend is (the whole story and each sentence, then the larger). The blend weight and thresholds are chosen on
 * the first 30 stories (development; the German model was already adjusted to them) and reported on the stories
 * written later (test). {@code -Dgerman.english=true} adds the English embedding models trained on the FFT rows
 * (cross-lingual: embeds 6,500 English texts, minutes). Section {@code german-embeddings}.
 */
final class GermanEvaluation {

    private static final double[] WEIGHTS = {0, 0.25, 0.4, 0.5, 0.6, 0.75, 1};
    private static final double[] THRESHOLDS = {0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6};

    /** A story's theme probabilities per unit (the whole text first, then each sentence), per model. */
    record Scored(GermanStories story, List<Map<String, Double>> maxent, Map<String, List<Map<String, Double>>> dense,
            Set<String> product, Set<String> blended) {
    }

    record Choice(double weight, double common, double rare) {

        @Override
        public String toString() {
            return String.format("weight %.2f thresholds %.2f/%.2f", weight, common, rare);
        }
    }

    private GermanEvaluation() {
    }

    static void run() {
        System.out.println("\n== German themes with and without sentence embeddings (GermanEvaluation)");
        Nlp nlp = new Nlp();
        Taxonomy taxonomy = new Taxonomy();
        ModelTraining training = new ModelTraining(taxonomy, nlp);
        ThemeModel maxent = training.themeModel(training.writtenThemeExamples(Language.DE));
        Map<Language, ThemeModel> models = new EnumMap<>(Language.class);
        models.put(Language.DE, maxent);
        Map<Language, SentimentModel> sentiments = new EnumMap<>(Language.class);
        sentiments.put(Language.DE, SentimentModel.train(training.writtenSentimentExamples(Language.DE)));
        ThemeTagger tagger = new ThemeTagger(taxonomy, models, sentiments, Map.of());

        List<WrittenExamples.Sentence> german = WrittenExamples.sentences(Language.DE);
        long start = System.nanoTime();
        List<float[]> x = german.stream().map(s -> SentenceEmbedding.embed(s.text())).toList();
        System.out.printf("embedded the %d German training sentences in %.1f s (model load included)%n", x.size(),
                (System.nanoTime() - start) / 1e9);
        probe(german, x);
        List<Set<String>> labels = german.stream().map(s -> Set.of(s.code())).toList();
        Map<String, DenseThemeModel> dense = new LinkedHashMap<>();
        dense.put("dense-de-12", DenseThemeModel.train(x, labels, maxent.labels(), ModelTraining.THEMES.upsampling(),
                DenseLogistic.Settings.STANDARD, true));
        dense.put("dense-de-60", DenseThemeModel.train(x, labels, maxent.labels(), ModelTraining.THEMES.upsampling(),
                new DenseLogistic.Settings(1e-3, 60, 0.003, 32), true));
        DenseThemeModel productDense = DenseThemeModel.train(x, labels, maxent.labels(), ModelTraining.THEMES.upsampling(),
                DenseModels.GERMAN, true);
        ThemeTagger blendTagger = new ThemeTagger(taxonomy, models, sentiments, Map.of(Language.DE, productDense));
        if (Boolean.getBoolean("german.english")) {
            start = System.nanoTime();
            dense.put("dense-en-fft", training.denseModels(FftCorpus.rows(), maxent.labels(), null).themes());
            System.out.printf("English embedding models trained on the FFT rows in %.0f s%n", (System.nanoTime() - start) / 1e9);
        }

        LanguageDetection languages = new LanguageDetection();
        List<Scored> scored = new ArrayList<>();
        int detected = 0, polarityRight = 0, polarityTotal = 0;
        long embedding = 0;
        for (GermanStories story : GermanStories.all()) {
            detected += languages.detect(story.text()) == Language.DE ? 1 : 0;
            TextFeatures features = TextFeatures.of(story.text(), Language.DE, nlp);
            List<Map<String, Double>> m = new ArrayList<>();
            m.add(maxent.probabilities(features.document()));
            features.sentences().forEach(f -> m.add(maxent.probabilities(f)));
            long e = System.nanoTime();
            DenseModels.Embedded embedded = DenseModels.Embedded.of(features);
            embedding += System.nanoTime() - e;
            Map<String, List<Map<String, Double>>> d = new LinkedHashMap<>();
            dense.forEach((name, model) -> {
                List<Map<String, Double>> units = new ArrayList<>();
                units.add(model.probabilities(embedded.document()));
                embedded.sentences().forEach(v -> units.add(model.probabilities(v)));
                d.put(name, units);
            });
            List<SuggestedTheme> tags = tagger.tag(features);
            for (SuggestedTheme tag : tags) {
                String expected = story.expected().get(tag.code());
                if (expected != null) {
                    polarityTotal++;
                    polarityRight += tag.polarity().code().startsWith("g") == expected.equals("g") ? 1 : 0;
                }
            }
            scored.add(new Scored(story, m, d, tags.stream().map(SuggestedTheme::code).collect(Collectors.toSet()),
                    blendTagger.tag(features, embedded).stream().map(SuggestedTheme::code).collect(Collectors.toSet())));
        }
        long news = scored.stream().filter(s -> s.story().isNew()).count();
        System.out.printf("%d stories (%d first, %d new), %d expected tags (%d, %d); language detected as German: %d%n",
                scored.size(), scored.size() - news, news, tags(scored, s -> true), tags(scored, s -> !s.story().isNew()),
                tags(scored, s -> s.story().isNew()), detected);
        System.out.printf("embedding the stories (whole text and each sentence) on one thread: %.1f ms a story, %.0f stories/s%n",
                embedding / 1e6 / scored.size(), scored.size() / (embedding / 1e9));

        Choice product = new Choice(0, ModelTraining.THEMES.threshold(), ModelTraining.THEMES.rareThreshold());
        long differ = scored.stream().filter(s -> !predict(s, null, product, maxent).equals(s.product())).count();
        System.out.printf("product (maxent alone, %s): %s | polarity right %d of %d (all stories) | recomputed tags differ from ThemeTagger's on %d stories%n",
                product, report(scored, s -> predict(s, null, product, maxent)), polarityRight, polarityTotal, differ);
        System.out.printf("application with COPRODUCE_EMBEDDINGS=true (ThemeTagger, Blend.GERMAN %s, DenseModels.GERMAN %s): %s%n",
                new Choice(Blend.GERMAN.themeWeight(), Blend.GERMAN.commonThreshold(), Blend.GERMAN.rareThreshold()),
                DenseModels.GERMAN, report(scored, Scored::blended));
        List<Scored> first = scored.stream().filter(s -> !s.story().isNew()).toList();
        for (String name : dense.keySet()) {
            Choice fixed = new Choice(0.5, product.common(), product.rare());
            System.out.printf("%s blend, fixed before the run (%s): %s%n", name, fixed,
                    report(scored, s -> predict(s, name, fixed, maxent)));
            Choice alone = choose(first, name, maxent, new double[] {1});
            System.out.printf("%s alone, chosen on the first 30 (%s): %s%n", name, alone,
                    report(scored, s -> predict(s, name, alone, maxent)));
            Choice blend = choose(first, name, maxent, WEIGHTS);
            System.out.printf("%s blend, chosen on the first 30 (%s): %s%n", name, blend,
                    report(scored, s -> predict(s, name, blend, maxent)));
            Choice best = choose(scored.stream().filter(s -> s.story().isNew()).toList(), name, maxent, WEIGHTS);
            System.out.printf("%s blend, best on the new stories themselves (optimistic, for scale only: %s): new %s%n", name,
                    best, line(counts(scored, s -> s.story().isNew(), s -> predict(s, name, best, maxent))));
        }
        Choice maxentOnDev = choose(first, null, maxent, new double[] {0});
        System.out.printf("maxent alone, thresholds chosen on the first 30 (%s): %s%n", maxentOnDev,
                report(scored, s -> predict(s, null, maxentOnDev, maxent)));
    }

    /**
     * What the English model does with German: nearest neighbour (cosine) of each German training sentence among
     * the English written sentences, and within each language (leave one out); right when the theme is the same.
     */
    private static void probe(List<WrittenExamples.Sentence> german, List<float[]> x) {
        List<WrittenExamples.Sentence> english = WrittenExamples.sentences(Language.EN);
        List<float[]> ex = english.stream().map(s -> SentenceEmbedding.embed(s.text())).toList();
        System.out.printf("nearest neighbour by embedding cosine (" + SentenceEmbedding.MODEL + "), same theme: German → English %.3f, German → German %.3f, English → English %.3f (%d German, %d English sentences, %d themes)%n",
                nearest(german, x, english, ex, false), nearest(german, x, german, x, true),
                nearest(english, ex, english, ex, true), german.size(), english.size(),
                german.stream().map(WrittenExamples.Sentence::code).distinct().count());
    }

    private static double nearest(List<WrittenExamples.Sentence> from, List<float[]> fx, List<WrittenExamples.Sentence> to,
            List<float[]> tx, boolean leaveOneOut) {
        int right = 0;
        for (int i = 0; i < from.size(); i++) {
            int best = -1;
            double bestCos = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < to.size(); j++) {
                if (leaveOneOut && i == j) {
                    continue;
                }
                double cos = 0;
                for (int k = 0; k < fx.get(i).length; k++) {
                    cos += fx.get(i)[k] * tx.get(j)[k];
                }
                if (cos > bestCos) {
                    bestCos = cos;
                    best = j;
                }
            }
            right += to.get(best).code().equals(from.get(i).code()) ? 1 : 0;
        }
        return (double) right / from.size();
    }

    /** The choice with the best micro-F1 on these stories (the first in grid order on a tie). */
    private static Choice choose(List<Scored> on, String name, ThemeModel maxent, double[] weights) {
        Choice best = null;
        double bestF1 = -1;
        for (double w : weights) {
            for (double common : THRESHOLDS) {
                for (double rare : THRESHOLDS) {
                    Choice c = new Choice(w, common, rare);
                    int[] n = counts(on, s -> true, s -> predict(s, name, c, maxent));
                    double f1 = Scores.prf(n[0], n[1], n[2])[2];
                    if (f1 > bestF1 + 1e-12) {
                        bestF1 = f1;
                        best = c;
                    }
                }
            }
        }
        return best;
    }

    /** The themes whose larger of whole-story and best-sentence blended probability reaches the threshold. */
    static Set<String> predict(Scored s, String dense, Choice c, ThemeModel maxent) {
        List<Map<String, Double>> d = dense == null ? null : s.dense().get(dense);
        Set<String> result = new HashSet<>();
        for (String code : maxent.labels()) {
            double p = 0;
            for (int u = 0; u < s.maxent().size(); u++) {
                double m = s.maxent().get(u).get(code);
                p = Math.max(p, d == null ? m : Blend.mix(m, d.get(u).getOrDefault(code, m), c.weight()));
            }
            double threshold = maxent.threshold(code) >= ModelTraining.THEMES.threshold() ? c.common() : c.rare();
            if (p >= threshold) {
                result.add(code);
            }
        }
        return result;
    }

    private static long tags(List<Scored> scored, Predicate<Scored> which) {
        return scored.stream().filter(which).mapToLong(s -> s.story().expected().size()).sum();
    }

    private static int[] counts(List<Scored> scored, Predicate<Scored> which, Function<Scored, Set<String>> predicted) {
        int tp = 0, fp = 0, fn = 0;
        for (Scored s : scored) {
            if (!which.test(s)) {
                continue;
            }
            Set<String> p = predicted.apply(s), expected = s.story().expected().keySet();
            for (String code : p) {
                if (expected.contains(code)) {
                    tp++;
                } else {
                    fp++;
                }
            }
            fn += (int) expected.stream().filter(code -> !p.contains(code)).count();
        }
        return new int[] {tp, fp, fn};
    }

    private static String line(int[] n) {
        double[] prf = Scores.prf(n[0], n[1], n[2]);
        return String.format("P %.3f R %.3f F1 %.3f (%d right, %d wrong, %d missed)", prf[0], prf[1], prf[2], n[0], n[1], n[2]);
    }

    private static String report(List<Scored> scored, Function<Scored, Set<String>> predicted) {
        return "first 30 " + line(counts(scored, s -> !s.story().isNew(), predicted)) + " | new "
                + line(counts(scored, s -> s.story().isNew(), predicted)) + " | all "
                + line(counts(scored, s -> true, predicted));
    }
}
