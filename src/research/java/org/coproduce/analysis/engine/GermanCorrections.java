package org.coproduce.analysis.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.coproduce.analysis.engine.ThemeRetraining.LabelledText;
import org.coproduce.analysis.entity.Language;
import org.coproduce.analysis.entity.SuggestedTheme;

/**
 * What moderators' corrections do for German themes (docs/analysis.md, "German"): the German evaluation stories
 * ({@link GermanStories}) stand in for corrected published stories. The last {@value #TEST} are the test part and
 * are never trained on; a candidate is trained as retraining trains one ({@link ThemeRetraining}: the 231 written
 * sentences plus N corrected stories, each once) on the first N of the others, in file order and in
 * {@value #SHUFFLES} shuffled orders, and scored with the application's tagging ({@link ThemeTagger}) on the test
 * part. Then the held-out gate as the application runs it on the first N in file order (every fifth held out).
 * Section {@code german-corrections}; trains the German models only (seconds each).
 */
final class GermanCorrections {

    private static final int TEST = 60;
    private static final int[] CORRECTED = {0, 15, 30, 45, 60};
    private static final int SHUFFLES = 3;

    private GermanCorrections() {
    }

    static void run() {
        System.out.println("\n== German themes retrained from corrected stories (GermanCorrections)");
        Nlp nlp = new Nlp();
        Taxonomy taxonomy = new Taxonomy();
        ModelTraining training = new ModelTraining(taxonomy, nlp);
        List<Example> base = training.writtenThemeExamples(Language.DE);
        ThemeModel shipped = training.themeModel(base);
        Map<Language, SentimentModel> sentiments = Map.of(Language.DE,
                SentimentModel.train(training.writtenSentimentExamples(Language.DE)));
        ThemeRetraining retraining = new ThemeRetraining(nlp, Language.DE, ModelTraining.THEMES);
        List<GermanStories> all = GermanStories.all();
        List<GermanStories> pool = all.subList(0, all.size() - TEST);
        List<GermanStories> test = all.subList(all.size() - TEST, all.size());
        List<TextFeatures> features = test.stream().map(s -> TextFeatures.of(s.text(), Language.DE, nlp)).toList();
        System.out.printf("%d stories: the first %d may be corrections, the last %d (%d expected tags) are the test part%n",
                all.size(), pool.size(), test.size(), test.stream().mapToInt(s -> s.expected().size()).sum());
        double[][] f1 = new double[CORRECTED.length][SHUFFLES + 1];
        for (int order = 0; order <= SHUFFLES; order++) {
            List<GermanStories> ordered = new ArrayList<>(pool);
            if (order > 0) {
                Collections.shuffle(ordered, new Random(order));
            }
            for (int i = 0; i < CORRECTED.length; i++) {
                List<LabelledText> corrections = labelled(ordered.subList(0, CORRECTED[i]));
                ThemeModel model = corrections.isEmpty() ? shipped
                        : retraining.candidate(base, corrections, shipped.labels());
                int[] n = score(new ThemeTagger(taxonomy, Map.of(Language.DE, model), sentiments, Map.of()), features, test);
                f1[i][order] = Scores.prf(n[0], n[1], n[2])[2];
                if (order == 0) {
                    double[] prf = Scores.prf(n[0], n[1], n[2]);
                    System.out.printf("N=%2d file order: P %.3f R %.3f F1 %.3f (%d right, %d wrong, %d missed)%n",
                            CORRECTED[i], prf[0], prf[1], prf[2], n[0], n[1], n[2]);
                }
            }
        }
        for (int i = 0; i < CORRECTED.length; i++) {
            double[] row = f1[i];
            double mean = java.util.Arrays.stream(row, 1, row.length).average().orElse(0);
            double min = java.util.Arrays.stream(row, 1, row.length).min().orElse(0);
            double max = java.util.Arrays.stream(row, 1, row.length).max().orElse(0);
            System.out.printf("N=%2d F1 on the test part: file order %.3f, %d shuffled orders mean %.3f (%.3f to %.3f)%n",
                    CORRECTED[i], row[0], SHUFFLES, mean, min, max);
        }
        gate(retraining, base, shipped, pool);
    }

    /** The application's gate on the first N in file order: every fifth held out, the rest trains the candidate. */
    private static void gate(ThemeRetraining retraining, List<Example> base, ThemeModel shipped, List<GermanStories> pool) {
        for (int n : CORRECTED) {
            if (n < 5) {
                continue;
            }
            List<LabelledText> corrections = new ArrayList<>(), heldOut = new ArrayList<>();
            List<LabelledText> first = labelled(pool.subList(0, n));
            for (int i = 0; i < first.size(); i++) {
                (i % 5 == 4 ? heldOut : corrections).add(first.get(i));
            }
            ThemeRetraining.Outcome outcome = retraining.challenge(shipped, base, corrections, heldOut, shipped.labels());
            System.out.printf("gate, N=%2d (%d train, %d held out): shipped %.3f, candidate %.3f on the held-out stories: %s%n",
                    n, corrections.size(), heldOut.size(), outcome.currentF1(), outcome.candidateF1(),
                    outcome.activate() ? "ACTIVATED" : "KEPT");
        }
    }

    private static List<LabelledText> labelled(List<GermanStories> stories) {
        return stories.stream().map(s -> new LabelledText(s.text(), s.expected().keySet())).toList();
    }

    /** Right, wrong and missed theme tags of the application's tagging on the test stories. */
    private static int[] score(ThemeTagger tagger, List<TextFeatures> features, List<GermanStories> test) {
        int tp = 0, fp = 0, fn = 0;
        for (int i = 0; i < test.size(); i++) {
            Set<String> predicted = tagger.tag(features.get(i)).stream().map(SuggestedTheme::code).collect(Collectors.toSet());
            Set<String> expected = test.get(i).expected().keySet();
            tp += (int) predicted.stream().filter(expected::contains).count();
            fp += (int) predicted.stream().filter(code -> !expected.contains(code)).count();
            fn += (int) expected.stream().filter(code -> !predicted.contains(code)).count();
        }
        return new int[] {tp, fp, fn};
    }
}
