package org.coproduce.analysis.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import opennlp.tools.util.Span;
import org.coproduce.analysis.entity.Language;

/**
 * The theme and sentiment benchmark: 5-fold cross-validation on the v6 FFT benchmark rows exactly
 * per the protocol in the data README (rows in file order, shuffled with Random(42), fold k = rows
 * i with i % 5 == k; the 34 topics with at least 25 rows, "Not assigned" excluded).
 */
final class ThemeBenchmark {

    static final int FOLDS = 5;

    record Doc(FftCorpus.Row row, String[] features, List<String[]> sentences, String[] sentiment) {
    }

    /** A test document's gold topics and the model's probabilities for the whole text and its best sentence. */
    record Scored(Set<String> gold, Map<String, Double> document, Map<String, Double> sentences, int frequentCount) {
    }

    private final ThemeTraining training;
    final List<String> topics;
    final List<Doc> docs;
    final List<Scored> scored = new ArrayList<>();
    Set<String> frequent;
    int sentimentRight;
    int sentimentTotal;

    ThemeBenchmark(ThemeTraining training) {
        this.training = training;
        List<FftCorpus.Row> rows = new ArrayList<>(FftCorpus.rows());
        topics = benchmarkTopics(rows);
        Collections.shuffle(rows, new Random(42));
        Nlp nlp = new Nlp();
        docs = rows.stream().map(row -> doc(nlp, row)).toList();
    }

    void run(int folds) {
        for (int k = 0; k < folds; k++) {
            List<Doc> train = new ArrayList<>(), test = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                (i % FOLDS == k ? test : train).add(docs.get(i));
            }
            long start = System.nanoTime();
            ThemeModel model = ThemeModel.train(examples(train), topics, training);
            System.out.printf("fold %d: %d train / %d test rows, themes trained in %.1f s%n", k, train.size(), test.size(),
                    (System.nanoTime() - start) / 1e9);
            for (Doc doc : test) {
                scored.add(new Scored(doc.row().topics(), model.probabilities(doc.features()), maxOverSentences(model, doc), 0));
            }
            int[] s = sentiment(train, test);
            sentimentRight += s[0];
            sentimentTotal += s[1];
        }
        Map<String, Long> counts = docs.stream().flatMap(d -> d.row().topics().stream())
                .collect(Collectors.groupingBy(t -> t, Collectors.counting()));
        frequent = topics.stream().filter(t -> counts.get(t) >= docs.size() * 0.05).collect(Collectors.toSet());
    }

    /** Scores with a threshold for frequent topics (≥ 5 % of rows) and one for rare topics. */
    Scores scores(String aggregation, double frequentThreshold, double rareThreshold) {
        Scores scores = new Scores(topics);
        for (Scored s : scored) {
            Map<String, Double> p = switch (aggregation) {
                case "document" -> s.document();
                case "sentences" -> s.sentences();
                default -> max(s.document(), s.sentences());
            };
            BiPredicate<String, Double> tagged = (topic, prob) ->
                    prob >= (frequent.contains(topic) ? frequentThreshold : rareThreshold);
            scores.add(s.gold(), p.entrySet().stream().filter(e -> tagged.test(e.getKey(), e.getValue()))
                    .map(Map.Entry::getKey).collect(Collectors.toSet()));
        }
        return scores;
    }

    double sentimentAccuracy() {
        return (double) sentimentRight / sentimentTotal;
    }

    static List<String> benchmarkTopics(List<FftCorpus.Row> rows) {
        Map<String, Integer> counts = new HashMap<>();
        rows.forEach(row -> row.topics().forEach(t -> counts.merge(t, 1, Integer::sum)));
        return FftCorpus.topicColumns().stream()
                .filter(t -> counts.getOrDefault(t, 0) >= 25 && !t.equals("Not assigned")).toList();
    }

    static Doc doc(Nlp nlp, FftCorpus.Row row) {
        String text = row.text();
        List<String[]> sentences = new ArrayList<>();
        Span[] spans = nlp.sentences(text, Language.EN);
        for (Span span : spans) {
            sentences.add(Features.of(nlp.tokens(span.getCoveredText(text).toString(), Language.EN)));
        }
        String[] tokens = nlp.tokens(text, Language.EN);
        String[] features = Features.of(tokens);
        return new Doc(row, features, sentences, SentimentFeatures.of(features, tokens, spans.length, Language.EN));
    }

    static List<Example> examples(List<Doc> docs) {
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

    /** Sentiment only, over the same folds. */
    void runSentiment(int folds, List<Example> extra, double l2, int iterations) {
        for (int k = 0; k < folds; k++) {
            List<Doc> train = new ArrayList<>(), test = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                (i % FOLDS == k ? test : train).add(docs.get(i));
            }
            int[] s = sentiment(train, test, extra, l2, iterations);
            sentimentRight += s[0];
            sentimentTotal += s[1];
        }
    }

    static int[] sentiment(List<Doc> train, List<Doc> test) {
        return sentiment(train, test, List.of(), SentimentModel.L2, SentimentModel.ITERATIONS);
    }

    /** The product's sentiment model (its features, maxent + naive Bayes) trained on the train fold and extra examples. */
    static int[] sentiment(List<Doc> train, List<Doc> test, List<Example> extra, double l2, int iterations) {
        List<Example> examples = new ArrayList<>(extra);
        for (Doc doc : train) {
            if (doc.row().sentiment() != null) {
                examples.add(new Example(doc.sentiment(), Set.of(SentimentModel.classOf(doc.row().sentiment()).code())));
            }
        }
        SentimentModel model = SentimentModel.train(examples, l2, iterations);
        int right = 0, total = 0;
        for (Doc doc : test) {
            if (doc.row().sentiment() != null) {
                total++;
                right += model.predict(doc.sentiment()) == SentimentModel.classOf(doc.row().sentiment()) ? 1 : 0;
            }
        }
        return new int[] {right, total};
    }
}
