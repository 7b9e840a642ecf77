package org.coproduce.analysis.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.Span;
import org.coproduce.analysis.entity.Language;

/**
 * The benchmark of docs/analysis.md, run by {@code mvn -Pevaluate verify}: 5-fold cross-validation
 * on the v6 FFT benchmark rows (protocol in the data README), themes and 3-class sentiment.
 */
public final class ThemeBenchmark {

    static final int FOLDS = 5;

    record Doc(FftCorpus.Row row, String[] features, List<String[]> sentences) {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        List<FftCorpus.Row> rows = new ArrayList<>(FftCorpus.rows());
        List<String> topics = benchmarkTopics(rows);
        System.out.printf("rows %d, topics %d%n", rows.size(), topics.size());
        Collections.shuffle(rows, new Random(42));
        Nlp nlp = new Nlp();
        List<Doc> docs = rows.stream().map(row -> doc(nlp, row)).toList();
        System.out.printf("features after %.1f s%n", (System.nanoTime() - start) / 1e9);
        ThemeTraining training = ThemeTraining.fromSystemProperties();
        System.out.println(training);
        int folds = Integer.parseInt(System.getProperty("folds", String.valueOf(FOLDS)));
        int tune = Integer.parseInt(System.getProperty("tune", "0"));
        double[] grid = {0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5};
        Map<String, Scores> variants = new TreeMap<>();
        int sentimentRight = 0, sentimentTotal = 0;
        for (int k = 0; k < folds; k++) {
            List<Doc> train = new ArrayList<>(), test = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                (i % FOLDS == k ? test : train).add(docs.get(i));
            }
            long t0 = System.nanoTime();
            ThemeModel model = ThemeModel.train(examples(train, topics), topics, training);
            System.out.printf("trained in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            if (tune > 0) {
                model = model.withThresholds(ThresholdTuning.tune(examples(train, topics), topics, training, tune));
            }
            for (Doc doc : test) {
                Map<String, Double> whole = model.probabilities(doc.features());
                Map<String, Double> perSentence = maxOverSentences(model, doc);
                add(variants, "document, tuned/fixed threshold", topics, doc, predict(model, whole, 1.0));
                add(variants, "sentences (max), tuned/fixed threshold", topics, doc, predict(model, perSentence, 1.0));
                add(variants, "max(document, sentences)", topics, doc, predict(model, max(whole, perSentence), 1.0));
                for (double t : grid) {
                    add(variants, String.format("document, global threshold %.2f", t), topics, doc,
                            predictAt(whole, t));
                }
            }
            int[] s = sentiment(train, test);
            sentimentRight += s[0];
            sentimentTotal += s[1];
            System.out.printf("fold %d done after %.0f s%n", k, (System.nanoTime() - start) / 1e9);
        }
        variants.forEach((name, scores) -> System.out.printf("%-45s %s%n", name, scores.summary()));
        Scores main = variants.get("document, tuned/fixed threshold");
        System.out.println("\nper topic (document, tuned/fixed threshold): support P R F1");
        for (String topic : topics) {
            double[] s = main.of(topic);
            System.out.printf("%-60s %5d %.3f %.3f %.3f%n", topic, main.support(topic), s[0], s[1], s[2]);
        }
        System.out.printf("%nsentiment 3-class accuracy %.3f (%d rows)%n", (double) sentimentRight / sentimentTotal,
                sentimentTotal);
        System.out.printf("total time %.0f s%n", (System.nanoTime() - start) / 1e9);
    }

    static List<String> benchmarkTopics(List<FftCorpus.Row> rows) {
        Map<String, Integer> counts = new HashMap<>();
        rows.forEach(row -> row.topics().forEach(t -> counts.merge(t, 1, Integer::sum)));
        List<String> header = FftCorpus.topicColumns();
        return header.stream().filter(t -> counts.getOrDefault(t, 0) >= 25 && !t.equals("Not assigned")).toList();
    }

    static Doc doc(Nlp nlp, FftCorpus.Row row) {
        String text = row.text();
        List<String[]> sentences = new ArrayList<>();
        for (Span span : nlp.sentences(text, Language.en)) {
            sentences.add(Features.of(nlp.tokens(span.getCoveredText(text).toString(), Language.en)));
        }
        return new Doc(row, Features.of(nlp.tokens(text, Language.en)), sentences);
    }

    static List<Example> examples(List<Doc> docs, List<String> topics) {
        return docs.stream().map(d -> new Example(d.features(), d.row().topics())).toList();
    }

    static Map<String, Double> maxOverSentences(ThemeModel model, Doc doc) {
        Map<String, Double> result = new HashMap<>();
        for (String[] sentence : doc.sentences()) {
            model.probabilities(sentence).forEach((label, p) -> result.merge(label, p, Math::max));
        }
        return result.isEmpty() ? model.probabilities(doc.features()) : result;
    }

    static Map<String, Double> max(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> result = new HashMap<>(a);
        b.forEach((k, v) -> result.merge(k, v, Math::max));
        return result;
    }

    static Set<String> predict(ThemeModel model, Map<String, Double> probabilities, double scale) {
        return probabilities.entrySet().stream().filter(e -> e.getValue() >= model.threshold(e.getKey()) * scale)
                .map(Map.Entry::getKey).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static Set<String> predictAt(Map<String, Double> probabilities, double threshold) {
        return probabilities.entrySet().stream().filter(e -> e.getValue() >= threshold).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    static void add(Map<String, Scores> variants, String name, List<String> topics, Doc doc, Set<String> predicted) {
        variants.computeIfAbsent(name, n -> new Scores(topics)).add(doc.row().topics(), predicted);
    }

    static int[] sentiment(List<Doc> train, List<Doc> test) {
        List<Event> events = new ArrayList<>();
        for (Doc doc : train) {
            if (doc.row().sentiment() != null) {
                events.add(new Event(SentimentModel.classOf(doc.row().sentiment()).name(), doc.features()));
            }
        }
        MaxentModel model = Maxent.train(events, Double.parseDouble(System.getProperty("sentimentL2", "1.0")), 100);
        int right = 0, total = 0;
        for (Doc doc : test) {
            if (doc.row().sentiment() != null) {
                total++;
                String best = model.getBestOutcome(model.eval(doc.features()));
                right += best.equals(SentimentModel.classOf(doc.row().sentiment()).name()) ? 1 : 0;
            }
        }
        return new int[] {right, total};
    }
}
