package org.coproduce.analysis.engine;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.coproduce.analysis.control.AnalysisSettings;
import org.coproduce.analysis.entity.Analysis;
import org.coproduce.analysis.entity.Language;
import org.coproduce.analysis.entity.SuggestedTheme;

/**
 * The analysis evaluation, documented in docs/analysis.md. Run with
 * {@code mvn -B -Pevaluate test-compile exec:java}. Prints the theme benchmark (micro/macro
 * P/R/F1 overall and per topic, whole document vs per sentence), sentiment accuracy, criticality
 * accuracy and MAE, personal data recall and precision per language, German theme scores on
 * held-out stories and the start-up time of the Analyser.
 */
public final class Evaluation {

    public static void main(String[] args) {
        System.out.println("Evaluation " + LocalDateTime.now().withNano(0) + ", " + Runtime.version());
        int folds = Integer.parseInt(System.getProperty("folds", "5"));
        List<String> sections = List.of(System.getProperty("sections", "protocol,themes,criticality,pii,german").split(","));
        if (sections.contains("embed")) {
            EmbeddingProtocol.embedAll(sections.contains("embed-phase1"));
        }
        if (sections.contains("protocol")) {
            EmbeddingProtocol.main(folds);
        }
        if (sections.contains("protocol-criticality")) {
            EmbeddingProtocol.criticality(folds);
        }
        if (sections.contains("criticality-experiments")) {
            CriticalityExperiments.main(folds);
        }
        if (sections.contains("protocol-experiments")) {
            ProtocolExperiments.main(folds);
        }
        if (sections.contains("head-mlp")) {
            new SentimentHeadExperiments(new EmbeddingProtocol()).mlp(folds);
        }
        if (sections.contains("head-mlp-themes")) {
            new ThemeHeadExperiments(new EmbeddingProtocol()).mlp(folds);
        }
        if (sections.contains("head-experiments")) {
            HeadExperiments.main(folds);
        }
        if (sections.contains("protocol-per-theme")) {
            new ProductThemes(new HeadExperiments(new EmbeddingProtocol())).run(folds);
        }
        if (sections.contains("protocol-themes")) {
            new EmbeddingProtocol().run(folds);
        }
        if (sections.contains("protocol-maxent")) {
            HonestProtocol.main(folds);
        }
        if (sections.contains("themes")) {
            themes(folds);
        }
        if (sections.contains("sentiment")) {
            sentimentVariants(folds);
        }
        if (sections.contains("sentiment-experiments")) {
            SentimentExperiments.main(args);
        }
        if (sections.contains("criticality")) {
            criticality(folds);
        }
        if (sections.contains("pii")) {
            personalData();
        }
        if (sections.contains("german")) {
            german();
        }
        if (sections.contains("german-embeddings")) {
            GermanEvaluation.run();
        }
        if (sections.contains("german-corrections")) {
            GermanCorrections.run();
        }
    }

    static void themes(int folds) {
        ThemeTraining training = new ThemeTraining(ModelTraining.THEMES.algorithm(), ModelTraining.THEMES.l2(),
                Integer.getInteger("themes.iterations", ModelTraining.THEMES.iterations()), ModelTraining.THEMES.threshold(), ModelTraining.THEMES.rareThreshold(),
                ModelTraining.THEMES.upsampling(), false);
        System.out.println("\n== Themes: v6 benchmark, " + folds + " of 5 folds, " + training);
        ThemeBenchmark benchmark = new ThemeBenchmark(training);
        System.out.printf("%d rows, %d topics%n", benchmark.docs.size(), benchmark.topics.size());
        benchmark.run(folds);
        double[][] thresholds = {{training.threshold(), training.rareThreshold()}, {0.3, 0.3}, {0.2, 0.2}, {0.4, 0.2},
            {0.35, 0.25}, {0.3, 0.15}, {0.5, 0.5}};
        for (String aggregation : List.of("document", "sentences", "max")) {
            for (double[] t : thresholds) {
                System.out.printf("%-9s thresholds common %.2f rare %.2f: %s%n", aggregation, t[0], t[1],
                        benchmark.scores(aggregation, t[0], t[1]).summary());
            }
        }
        Scores main = benchmark.scores("document", training.threshold(), training.rareThreshold());
        System.out.println("\nper topic (document, product thresholds): rows P R F1");
        for (String topic : benchmark.topics) {
            double[] s = main.of(topic);
            System.out.printf("  %-58s %5d %.3f %.3f %.3f%n", topic, main.support(topic), s[0], s[1], s[2]);
        }
        System.out.printf("%nSentiment (3 classes): accuracy %.3f on %d rows%n", benchmark.sentimentAccuracy(),
                benchmark.sentimentTotal);
    }

    /**
     * The product's sentiment model on the benchmark folds; {@code -Dvariants=l2:iterations:phase1,...} for other
     * regularisation, and phase-1 comments as extra training (criticality sign).
     */
    static void sentimentVariants(int folds) {
        ModelTraining training = new ModelTraining(new Taxonomy(), new Nlp());
        List<Example> phase1 = new ArrayList<>();
        String[] variants = System.getProperty("variants", SentimentModel.L2 + ":" + SentimentModel.ITERATIONS + ":false")
                .split(",");
        if (java.util.Arrays.stream(variants).anyMatch(v -> v.endsWith(":true"))) {
            for (Phase1Corpus.Row row : Phase1Corpus.rows()) {
                if (row.criticality() != null) {
                    String label = row.criticality() > 0 ? "positive" : row.criticality() < 0 ? "negative" : "mixed";
                    phase1.add(new Example(training.sentimentFeatures(row.text(), Language.EN), Set.of(label)));
                }
            }
        }
        System.out.println("\n== Sentiment (3 classes): FFT benchmark rows with a sentiment, " + folds + " of 5 folds");
        for (String variant : variants) {
            String[] v = variant.split(":");
            ThemeBenchmark b = new ThemeBenchmark(ModelTraining.THEMES);
            b.runSentiment(folds, Boolean.parseBoolean(v[2]) ? phase1 : List.of(), Double.parseDouble(v[0]),
                    Integer.parseInt(v[1]));
            System.out.printf("sentiment l2 %s iterations %s phase-1 %s: accuracy %.3f on %d%n", v[0], v[1], v[2],
                    b.sentimentAccuracy(), b.sentimentTotal);
        }
    }

    static void criticality(int folds) {
        System.out.println("\n== Criticality 0-5: phase-1 rows, 5-fold CV (Random(42))");
        Nlp nlp = new Nlp();
        ModelTraining training = new ModelTraining(new Taxonomy(), nlp);
        List<Example> examples = new ArrayList<>(training.criticalityExamples());
        Collections.shuffle(examples, new Random(42));
        int right = 0, withinOne = 0, zeroRight = 0;
        double error = 0, zeroError = 0;
        int n = 0;
        Map<Integer, int[]> byLevel = new HashMap<>();
        for (int k = 0; k < folds; k++) {
            List<Example> train = new ArrayList<>(), test = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                (i % 5 == k ? test : train).add(examples.get(i));
            }
            CriticalityModel model = CriticalityModel.train(train);
            for (Example e : test) {
                int gold = Integer.parseInt(e.labels().iterator().next());
                int predicted = model.predict(e.features());
                n++;
                right += gold == predicted ? 1 : 0;
                withinOne += Math.abs(gold - predicted) <= 1 ? 1 : 0;
                error += Math.abs(gold - predicted);
                zeroRight += gold == 0 ? 1 : 0;
                zeroError += gold;
                byLevel.computeIfAbsent(gold, g -> new int[2])[0]++;
                byLevel.get(gold)[1] += predicted;
            }
        }
        System.out.printf("accuracy %.3f, within ±1 %.3f, MAE %.3f on %d rows (always-0 baseline: accuracy %.3f, MAE %.3f)%n",
                (double) right / n, (double) withinOne / n, error / n, n, (double) zeroRight / n, zeroError / n);
        byLevel.forEach((level, c) -> System.out.printf("  gold %d: %5d rows, mean prediction %.2f%n", level, c[0],
                (double) c[1] / c[0]));
    }

    static void personalData() {
        System.out.println("\n== Personal data: planted test set (PlantedPersonalData)");
        for (Language language : Language.values()) {
            PersonalDataScore score = PersonalDataScore.measure(language);
            System.out.printf("%s: recall %.3f (%d of %d planted values fully covered), precision %.3f (%d of %d spans)%n",
                    language, score.recall(), score.found(), score.planted(), score.precision(), score.correct(), score.spans());
            score.misses().forEach(m -> System.out.println("    " + m));
        }
    }

    private static java.time.Duration cpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(java.time.Duration.ZERO);
    }

    static void german() {
        System.out.println("\n== Start-up and German themes on held-out stories (stories-de.tsv, GermanStories)");
        long start = System.nanoTime();
        java.time.Duration cpu = cpu();
        Analyser analyser = new Analyser(AnalysisSettings.modelCache());
        System.out.printf("Analyser start-up: %.1f s wall, %.1f s CPU, %d processors%n", (System.nanoTime() - start) / 1e9,
                cpu().minus(cpu).toMillis() / 1e3, Runtime.getRuntime().availableProcessors());
        int[][] counts = new int[2][3];
        int polarityRight = 0, polarityTotal = 0, german = 0, stories = 0;
        for (GermanStories story : GermanStories.all()) {
            Map<String, String> expected = story.expected();
            Analysis analysis = analyser.analyse(story.text());
            int[] c = counts[story.isNew() ? 1 : 0];
            stories++;
            german += analysis.language() == Language.DE ? 1 : 0;
            Set<String> found = analysis.themes().stream().map(SuggestedTheme::code).collect(Collectors.toSet());
            for (SuggestedTheme tag : analysis.themes()) {
                if (expected.containsKey(tag.code())) {
                    c[0]++;
                    polarityTotal++;
                    String polarity = tag.polarity().code().startsWith("g") ? "g" : "c";
                    polarityRight += polarity.equals(expected.get(tag.code())) ? 1 : 0;
                } else {
                    c[1]++;
                }
            }
            c[2] += (int) expected.keySet().stream().filter(code -> !found.contains(code)).count();
            System.out.printf("  %s expected %s found %s%n", story.isNew() ? "new  " : "first", expected.keySet(),
                    analysis.themes().stream().map(t -> t.code() + ":" + t.polarity().code() + ":" + t.confidence()).toList());
        }
        double[] first = Scores.prf(counts[0][0], counts[0][1], counts[0][2]);
        double[] later = Scores.prf(counts[1][0], counts[1][1], counts[1][2]);
        double[] all = Scores.prf(counts[0][0] + counts[1][0], counts[0][1] + counts[1][1], counts[0][2] + counts[1][2]);
        System.out.printf("German: language detected %d of %d; themes micro P/R/F1 first 30 %.3f/%.3f/%.3f, new %.3f/%.3f/%.3f, all %.3f/%.3f/%.3f; polarity right %d of %d%n",
                german, stories, first[0], first[1], first[2], later[0], later[1], later[2], all[0], all[1], all[2],
                polarityRight, polarityTotal);
    }
}
