package org.coproduce.analysis.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import opennlp.tools.util.Span;
import org.coproduce.analysis.entity.Language;
import org.coproduce.analysis.entity.Sentiment;

/**
 * Sentence-embedding features beside the maxent models under the honest protocol of issue 18 (the
 * outer 5 folds and development fold (k + 1) % 5 of {@link Folds}, as {@link HonestProtocol}):
 * for themes, sentiment and criticality, a model on the all-MiniLM-L6-v2 embeddings of the whole
 * text (and, for themes, of each sentence), and its blend with the maxent model. Every weight,
 * threshold and offset is chosen on the development fold and then scored on the test fold. Prints
 * maxent alone, embeddings alone and the blend side by side, the old protocol (the application's
 * fixed {@link Blend#PRODUCT} values scored on the test folds) beside each honest figure, and one
 * {@code product:} line per task for the configuration the application runs.
 */
final class EmbeddingProtocol {

    static final List<Double> BLEND = List.of(0.0, 0.25, 0.4, 0.5, 0.6, 0.75, 1.0);
    static final List<Double> DENSE_SENTIMENT = List.of(0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1.0);
    static final List<Double> MIXED_BOOST = List.of(1.0, 1.15, 1.3, 1.5);
    static final List<Double> OFFSETS = List.of(0.0, 0.1, 0.2, 0.3, 0.4);
    static final DenseLogistic.Settings DENSE = DenseLogistic.Settings.STANDARD;

    record ThemeChoice(double weight, double common, double rare) {
        @Override
        public String toString() {
            return String.format("w%.2f %.2f/%.2f", weight, common, rare);
        }
    }

    record SentimentChoice(double naiveBayes, double dense, double mixed) {
        @Override
        public String toString() {
            return String.format("nb%.2f w%.2f m%.2f", naiveBayes, dense, mixed);
        }
    }

    record CriticalityChoice(double weight, double offset) {
        @Override
        public String toString() {
            return String.format("w%.2f +%.1f", weight, offset);
        }
    }

    /** Per-topic probabilities (benchmark topic order) of a whole text and of each sentence. */
    record Probs(double[] doc, double[][] sentences) {
    }

    private final ThemeTraining training = ModelTraining.THEMES;
    private final ThemeBenchmark benchmark = new ThemeBenchmark(training);
    private final List<String> topics = benchmark.topics;
    private final Folds folds = new Folds(benchmark.docs.size(), ThemeBenchmark.FOLDS);
    private final List<float[]> docVectors = new ArrayList<>();
    private final List<List<float[]>> sentenceVectors = new ArrayList<>();

    EmbeddingProtocol() {
        Nlp nlp = new Nlp();
        List<List<String>> sentenceTexts = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (ThemeBenchmark.Doc doc : benchmark.docs) {
            List<String> s = sentences(nlp, doc.row().text());
            sentenceTexts.add(s);
            all.add(doc.row().text());
            all.addAll(s);
        }
        EmbeddingCache.ensure(all);
        for (int i = 0; i < benchmark.docs.size(); i++) {
            docVectors.add(EmbeddingCache.get(benchmark.docs.get(i).row().text()));
            sentenceVectors.add(sentenceTexts.get(i).stream().map(EmbeddingCache::get).toList());
        }
    }

    /** The texts of a story's sentences, as {@link TextFeatures} splits them. */
    static List<String> sentences(Nlp nlp, String text) {
        List<String> result = new ArrayList<>();
        for (Span span : nlp.sentences(text, Language.EN)) {
            result.add(span.getCoveredText(text).toString());
        }
        return result;
    }

    static void embedAll(boolean phase1) {
        Nlp nlp = new Nlp();
        List<String> texts = new ArrayList<>();
        for (FftCorpus.Row row : FftCorpus.rows()) {
            texts.add(row.text());
            texts.addAll(sentences(nlp, row.text()));
        }
        System.out.println("FFT texts and sentences: " + texts.size());
        EmbeddingCache.ensure(texts);
        if (phase1) {
            EmbeddingCache.ensure(Phase1Corpus.rows().stream().filter(r -> r.criticality() != null).map(Phase1Corpus.Row::text).toList());
        }
    }

    static void main(int outerFolds) {
        System.out.println("\n== Sentence embeddings (all-MiniLM-L6-v2-q) beside maxent, honest protocol: " + outerFolds
                + " of 5 outer folds, development fold (k+1) % 5; product blend " + Blend.PRODUCT);
        criticality(outerFolds);
        new EmbeddingProtocol().run(outerFolds);
    }

    // ---------------------------------------------------------------- themes and sentiment

    void run(int outerFolds) {
        Scores honestMaxent = new Scores(topics), oldMaxent = new Scores(topics), honestDense = new Scores(topics),
                honestBlend = new Scores(topics), oldBlend = new Scores(topics), honestBlendDocument = new Scores(topics);
        int[][] sentiment = new int[5][4]; // honest maxent, honest dense, honest blend, old maxent, old blend
        List<String> chosen = new ArrayList<>();
        ThemeChoice fixedMaxent = new ThemeChoice(0, training.threshold(), training.rareThreshold());
        Blend product = Blend.PRODUCT;
        ThemeChoice fixedBlend = new ThemeChoice(product.themeWeight(), product.commonThreshold(), product.rareThreshold());
        SentimentChoice fixedSentiment = new SentimentChoice(SentimentModel.NAIVE_BAYES_WEIGHT, 0, 1);
        SentimentChoice fixedSentimentBlend = new SentimentChoice(product.naiveBayesWeight(), product.sentimentWeight(),
                product.mixedBoost());
        for (int k = 0; k < outerFolds; k++) {
            long start = System.nanoTime();
            List<Integer> train = folds.train(k), test = folds.test(k), inner = folds.innerTrain(k), dev = folds.development(k);
            // themes
            ThemeModel innerModel = ThemeModel.train(ThemeBenchmark.examples(Folds.pick(benchmark.docs, inner)), topics, training);
            DenseThemeModel innerDense = dense(inner);
            Set<String> devFrequent = frequent(innerModel);
            List<Probs> devM = maxentProbs(innerModel, dev), devD = denseProbs(innerDense, dev);
            List<Set<String>> devGold = gold(dev);
            ThemeChoice cMaxent = best(themeGrid(List.of(0.0)), devGold, devM, devD, devFrequent);
            ThemeChoice cDense = best(themeGrid(List.of(1.0)), devGold, devM, devD, devFrequent);
            ThemeChoice cBlend = best(themeGrid(BLEND), devGold, devM, devD, devFrequent);
            ThemeChoice cBlendDocument = best(themeGrid(BLEND), devGold, devM, devD, devFrequent, true);
            ThemeModel outerModel = ThemeModel.train(ThemeBenchmark.examples(Folds.pick(benchmark.docs, train)), topics, training);
            DenseThemeModel outerDense = dense(train);
            Set<String> frequent = frequent(outerModel);
            List<Probs> testM = maxentProbs(outerModel, test), testD = denseProbs(outerDense, test);
            List<Set<String>> testGold = gold(test);
            add(honestMaxent, testGold, testM, testD, frequent, cMaxent);
            add(oldMaxent, testGold, testM, testD, frequent, fixedMaxent);
            add(honestDense, testGold, testM, testD, frequent, cDense);
            add(honestBlend, testGold, testM, testD, frequent, cBlend);
            add(oldBlend, testGold, testM, testD, frequent, fixedBlend);
            add(honestBlendDocument, testGold, testM, testD, frequent, cBlendDocument, true);
            // sentiment
            SentimentModel innerSentiment = sentimentModel(inner);
            DenseLogistic innerDenseSentiment = denseSentiment(inner);
            List<double[][]> devParts = sentimentParts(innerSentiment, innerDenseSentiment, dev);
            List<Sentiment> devSentimentGold = sentimentGold(dev);
            SentimentChoice sMaxent = bestSentiment(HonestProtocol.WEIGHTS, List.of(0.0), List.of(1.0), devParts, devSentimentGold);
            SentimentChoice sDense = new SentimentChoice(0, 1, 1);
            SentimentChoice sBlend = bestSentiment(HonestProtocol.WEIGHTS, DENSE_SENTIMENT, MIXED_BOOST, devParts, devSentimentGold);
            List<double[][]> testParts = sentimentParts(sentimentModel(train), denseSentiment(train), test);
            List<Sentiment> testSentimentGold = sentimentGold(test);
            SentimentChoice[] used = {sMaxent, sDense, sBlend, fixedSentiment, fixedSentimentBlend};
            for (int i = 0; i < used.length; i++) {
                int[] c = sentimentCounts(testParts, testSentimentGold, used[i]);
                for (int j = 0; j < 4; j++) {
                    sentiment[i][j] += c[j];
                }
            }
            chosen.add(String.format("fold %d: themes maxent %s, dense %s, blend %s, blend (document embedding only) %s;"
                    + " sentiment maxent %s, blend %s", k, cMaxent, cDense, cBlend, cBlendDocument, sMaxent, sBlend));
            System.out.printf("%s; %.0f s%n", chosen.get(chosen.size() - 1), (System.nanoTime() - start) / 1e9);
        }
        System.out.println("development-fold choices:");
        chosen.forEach(c -> System.out.println("  " + c));
        System.out.printf("themes (max of document and best sentence), honest | old protocol:%n");
        System.out.printf("  maxent (bag of words)   %s | fixed %s %s%n", honestMaxent.summary(), fixedMaxent, short_(oldMaxent));
        System.out.printf("  embeddings alone        %s%n", honestDense.summary());
        System.out.printf("  blend                   %s | fixed %s %s%n", honestBlend.summary(), fixedBlend, short_(oldBlend));
        System.out.printf("  blend, document embedding only (sentences maxent alone) %s%n", honestBlendDocument.summary());
        String[] names = {"maxent + naive Bayes", "embeddings alone", "blend", "maxent, old protocol (fixed " + fixedSentiment + ")",
            "blend, old protocol (fixed " + fixedSentimentBlend + ")"};
        System.out.println("sentiment accuracy (mixed recall):");
        for (int i = 0; i < names.length; i++) {
            System.out.printf("  %-45s %.3f (%.2f) on %d rows%n", names[i], ratio(sentiment[i][0], sentiment[i][1]),
                    ratio(sentiment[i][2], sentiment[i][3]), sentiment[i][1]);
        }
        System.out.println("per topic (honest blend | honest maxent): rows F1 F1");
        for (String topic : topics) {
            System.out.printf("  %-58s %5d %.3f %.3f%n", topic, honestBlend.support(topic), honestBlend.of(topic)[2],
                    honestMaxent.of(topic)[2]);
        }
        boolean blend = Analyser.EMBEDDINGS;
        Scores honest = blend ? honestBlend : honestMaxent, old = blend ? oldBlend : oldMaxent;
        int h = blend ? 2 : 0, o = blend ? 4 : 3;
        System.out.printf("product: themes micro-F1 %.3f macro-F1 %.3f (%s, honest, chosen on development folds)"
                        + " | old protocol (fixed %s) micro-F1 %.3f macro-F1 %.3f%n", honest.micro()[2], honest.macro()[2],
                blend ? "maxent + embeddings blend" : "maxent", blend ? fixedBlend : fixedMaxent, old.micro()[2], old.macro()[2]);
        System.out.printf("product: sentiment accuracy %.3f (mixed recall %.2f) (%s, honest, chosen on development folds)"
                        + " | old protocol (fixed %s) accuracy %.3f (mixed recall %.2f) on %d rows%n",
                ratio(sentiment[h][0], sentiment[h][1]), ratio(sentiment[h][2], sentiment[h][3]),
                blend ? "maxent + naive Bayes + embeddings blend" : "maxent + naive Bayes",
                blend ? fixedSentimentBlend : fixedSentiment, ratio(sentiment[o][0], sentiment[o][1]),
                ratio(sentiment[o][2], sentiment[o][3]), sentiment[o][1]);
    }

    private DenseThemeModel dense(List<Integer> rows) {
        return DenseThemeModel.train(Folds.pick(docVectors, rows), gold(rows), topics, training.upsampling(), DENSE, true);
    }

    private List<Set<String>> gold(List<Integer> rows) {
        return rows.stream().map(i -> benchmark.docs.get(i).row().topics()).toList();
    }

    private Set<String> frequent(ThemeModel model) {
        return topics.stream().filter(t -> model.threshold(t) == training.threshold()).collect(Collectors.toSet());
    }

    private double[] array(Map<String, Double> p) {
        double[] a = new double[topics.size()];
        for (int t = 0; t < a.length; t++) {
            a[t] = p.get(topics.get(t));
        }
        return a;
    }

    private List<Probs> maxentProbs(ThemeModel model, List<Integer> rows) {
        return rows.stream().map(i -> {
            ThemeBenchmark.Doc doc = benchmark.docs.get(i);
            return new Probs(array(model.probabilities(doc.features())),
                    doc.sentences().stream().map(s -> array(model.probabilities(s))).toArray(double[][]::new));
        }).toList();
    }

    private List<Probs> denseProbs(DenseThemeModel model, List<Integer> rows) {
        return rows.stream().map(i -> new Probs(array(model.probabilities(docVectors.get(i))),
                sentenceVectors.get(i).stream().map(v -> array(model.probabilities(v))).toArray(double[][]::new))).toList();
    }

    private static List<ThemeChoice> themeGrid(List<Double> weights) {
        List<ThemeChoice> grid = new ArrayList<>();
        weights.forEach(w -> HonestProtocol.COMMON.forEach(c -> HonestProtocol.RARE.forEach(r -> grid.add(new ThemeChoice(w, c, r)))));
        return grid;
    }

    private ThemeChoice best(List<ThemeChoice> grid, List<Set<String>> gold, List<Probs> m, List<Probs> d, Set<String> frequent) {
        return best(grid, gold, m, d, frequent, false);
    }

    private ThemeChoice best(List<ThemeChoice> grid, List<Set<String>> gold, List<Probs> m, List<Probs> d, Set<String> frequent,
            boolean documentOnly) {
        return Folds.best(grid, c -> {
            Scores s = new Scores(topics);
            add(s, gold, m, d, frequent, c, documentOnly);
            return HonestProtocol.objective(s);
        });
    }

    /** The product's aggregation: each topic's blended probability, the larger of the document's and its best sentence's. */
    private void add(Scores scores, List<Set<String>> gold, List<Probs> m, List<Probs> d, Set<String> frequent, ThemeChoice c) {
        add(scores, gold, m, d, frequent, c, false);
    }

    /** {@code documentOnly}: the embedding of the whole text only, sentences scored by maxent alone (cheaper: one embedding per story). */
    private void add(Scores scores, List<Set<String>> gold, List<Probs> m, List<Probs> d, Set<String> frequent, ThemeChoice c,
            boolean documentOnly) {
        double w = c.weight();
        for (int i = 0; i < gold.size(); i++) {
            Probs pm = m.get(i), pd = d.get(i);
            Set<String> predicted = new HashSet<>();
            for (int t = 0; t < topics.size(); t++) {
                double p = Blend.mix(pm.doc()[t], pd.doc()[t], w);
                for (int s = 0; s < pm.sentences().length; s++) {
                    p = Math.max(p, documentOnly ? pm.sentences()[s][t] : Blend.mix(pm.sentences()[s][t], pd.sentences()[s][t], w));
                }
                if (p >= (frequent.contains(topics.get(t)) ? c.common() : c.rare())) {
                    predicted.add(topics.get(t));
                }
            }
            scores.add(gold.get(i), predicted);
        }
    }

    private SentimentModel sentimentModel(List<Integer> rows) {
        List<Example> examples = new ArrayList<>();
        for (int i : rows) {
            ThemeBenchmark.Doc doc = benchmark.docs.get(i);
            if (doc.row().sentiment() != null) {
                examples.add(new Example(doc.sentiment(), Set.of(SentimentModel.classOf(doc.row().sentiment()).code())));
            }
        }
        return SentimentModel.train(examples);
    }

    private DenseLogistic denseSentiment(List<Integer> rows) {
        List<float[]> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        for (int i : rows) {
            Integer s = benchmark.docs.get(i).row().sentiment();
            if (s != null) {
                x.add(docVectors.get(i));
                y.add(SentimentModel.classOf(s).ordinal());
            }
        }
        return DenseLogistic.train(x.toArray(float[][]::new), y.stream().mapToInt(Integer::intValue).toArray(), 3, null, DENSE);
    }

    /** Per row with a sentiment: {maxent, naive Bayes, dense} probabilities in Sentiment order. */
    private List<double[][]> sentimentParts(SentimentModel model, DenseLogistic dense, List<Integer> rows) {
        List<double[][]> parts = new ArrayList<>();
        for (int i : rows) {
            ThemeBenchmark.Doc doc = benchmark.docs.get(i);
            if (doc.row().sentiment() != null) {
                double[][] mq = model.parts(doc.sentiment());
                parts.add(new double[][] {mq[0], mq[1], dense.probabilities(docVectors.get(i))});
            }
        }
        return parts;
    }

    private List<Sentiment> sentimentGold(List<Integer> rows) {
        return rows.stream().map(i -> benchmark.docs.get(i).row().sentiment()).filter(s -> s != null)
                .map(SentimentModel::classOf).toList();
    }

    static Sentiment predict(double[][] parts, SentimentChoice c) {
        return new Blend(0, 0, 0, c.naiveBayes(), c.dense(), c.mixed()).sentiment(parts[0], parts[1], parts[2]);
    }

    /** {right, total, mixed right, mixed total}. */
    private static int[] sentimentCounts(List<double[][]> parts, List<Sentiment> gold, SentimentChoice c) {
        int[] counts = new int[4];
        for (int i = 0; i < gold.size(); i++) {
            boolean ok = predict(parts.get(i), c) == gold.get(i);
            counts[0] += ok ? 1 : 0;
            counts[1]++;
            if (gold.get(i) == Sentiment.MIXED) {
                counts[2] += ok ? 1 : 0;
                counts[3]++;
            }
        }
        return counts;
    }

    private static SentimentChoice bestSentiment(List<Double> nb, List<Double> dense, List<Double> mixed,
            List<double[][]> parts, List<Sentiment> gold) {
        List<SentimentChoice> grid = new ArrayList<>();
        nb.forEach(a -> dense.forEach(b -> mixed.forEach(m -> grid.add(new SentimentChoice(a, b, m)))));
        return Folds.best(grid, c -> sentimentCounts(parts, gold, c)[0]);
    }

    // ---------------------------------------------------------------- criticality

    private static final List<String> STEPS = List.of("1", "2", "3", "4");

    /**
     * Criticality on the phase-1 rows: the ordinal maxent model, the same ordinal steps on the
     * embeddings, and their blend, the weight and a rounding offset chosen on the development fold
     * (objective: accuracy + within ±1, fixed before the run).
     */
    static void criticality(int outerFolds) {
        record Row(String text, Example example) {
        }
        ModelTraining training = new ModelTraining(new Taxonomy(), new Nlp());
        List<Row> rows = new ArrayList<>(Phase1Corpus.rows().stream().filter(r -> r.criticality() != null)
                .map(r -> new Row(r.text(), new Example(training.features(r.text(), Language.EN),
                        Set.of(String.valueOf(CriticalityModel.fromPhase1(r.criticality())))))).toList());
        Collections.shuffle(rows, new Random(42));
        EmbeddingCache.ensure(rows.stream().map(Row::text).toList());
        List<float[]> vectors = rows.stream().map(r -> EmbeddingCache.get(r.text())).toList();
        List<Integer> levels = rows.stream().map(r -> Integer.parseInt(r.example().labels().iterator().next())).toList();
        List<Example> examples = rows.stream().map(Row::example).toList();
        Folds folds = new Folds(rows.size(), 5);
        List<CriticalityChoice> grid = new ArrayList<>();
        BLEND.forEach(w -> OFFSETS.forEach(o -> grid.add(new CriticalityChoice(w, o))));
        // the application uses the maxent model alone (the blend was never chosen); 0.5 for comparison
        CriticalityChoice[] fixed = {new CriticalityChoice(0, 0), new CriticalityChoice(0.5, 0)};
        double[][] totals = new double[5][3]; // honest maxent, honest dense, honest blend, old maxent, old blend
        int n = 0;
        List<String> chosen = new ArrayList<>();
        for (int k = 0; k < outerFolds; k++) {
            long start = System.nanoTime();
            List<Integer> dev = folds.development(k), test = folds.test(k);
            CriticalityModel innerM = CriticalityModel.train(Folds.pick(examples, folds.innerTrain(k)));
            DenseThemeModel innerD = denseSteps(vectors, levels, folds.innerTrain(k));
            List<double[][]> devSteps = steps(innerM, innerD, examples, vectors, dev);
            List<Integer> devGold = Folds.pick(levels, dev);
            List<CriticalityChoice> offsetsOnly = OFFSETS.stream().map(o -> new CriticalityChoice(0, o)).toList();
            List<CriticalityChoice> denseOnly = OFFSETS.stream().map(o -> new CriticalityChoice(1, o)).toList();
            CriticalityChoice cM = Folds.best(offsetsOnly, c -> objective(devSteps, devGold, c));
            CriticalityChoice cD = Folds.best(denseOnly, c -> objective(devSteps, devGold, c));
            CriticalityChoice cB = Folds.best(grid, c -> objective(devSteps, devGold, c));
            CriticalityModel outerM = CriticalityModel.train(Folds.pick(examples, folds.train(k)));
            DenseThemeModel outerD = denseSteps(vectors, levels, folds.train(k));
            List<double[][]> testSteps = steps(outerM, outerD, examples, vectors, test);
            List<Integer> testGold = Folds.pick(levels, test);
            CriticalityChoice[] used = {cM, cD, cB, fixed[0], fixed[1]};
            for (int i = 0; i < used.length; i++) {
                double[] s = counts(testSteps, testGold, used[i]);
                for (int j = 0; j < 3; j++) {
                    totals[i][j] += s[j];
                }
            }
            n += test.size();
            chosen.add(String.format("fold %d: maxent %s, dense %s, blend %s", k, cM, cD, cB));
            System.out.printf("criticality %s; %.0f s%n", chosen.get(chosen.size() - 1), (System.nanoTime() - start) / 1e9);
        }
        String[] names = {"maxent ordinal (offset chosen)", "embeddings ordinal", "blend", "maxent, old protocol (fixed " + fixed[0] + ")",
            "blend, old protocol (fixed " + fixed[1] + ")"};
        System.out.println("criticality accuracy / within±1 / MAE on " + n + " phase-1 rows:");
        for (int i = 0; i < names.length; i++) {
            System.out.printf("  %-40s %.3f %.3f %.3f%n", names[i], totals[i][0] / n, totals[i][1] / n, totals[i][2] / n);
        }
        int h = 0, o = 3;
        System.out.printf("product: criticality accuracy %.3f within±1 %.3f MAE %.3f on %d rows (%s, honest, chosen on development"
                        + " folds) | old protocol (fixed %s) accuracy %.3f within±1 %.3f MAE %.3f%n",
                totals[h][0] / n, totals[h][1] / n, totals[h][2] / n, n, "ordinal maxent alone, as the application", fixed[o - 3], totals[o][0] / n, totals[o][1] / n, totals[o][2] / n);
    }

    private static DenseThemeModel denseSteps(List<float[]> vectors, List<Integer> levels, List<Integer> rows) {
        List<Set<String>> labels = rows.stream().map(i -> {
            Set<String> s = new HashSet<>();
            for (int k = 1; k <= levels.get(i); k++) {
                s.add(String.valueOf(k));
            }
            return s;
        }).toList();
        return DenseThemeModel.train(Folds.pick(vectors, rows), labels, STEPS, 4, DENSE, true);
    }

    /** Per row: {maxent step probabilities, dense step probabilities}, steps 1…4. */
    private static List<double[][]> steps(CriticalityModel m, DenseThemeModel d, List<Example> examples, List<float[]> vectors,
            List<Integer> rows) {
        return rows.stream().map(i -> {
            Map<String, Double> pm = m.stepProbabilities(examples.get(i).features()), pd = d.probabilities(vectors.get(i));
            return new double[][] {STEPS.stream().mapToDouble(pm::get).toArray(), STEPS.stream().mapToDouble(pd::get).toArray()};
        }).toList();
    }

    static int level(double[] maxentSteps, double[] denseSteps, double weight, double offset) {
        double sum = offset;
        for (int s = 0; s < maxentSteps.length; s++) {
            sum += Blend.mix(maxentSteps[s], denseSteps[s], weight);
        }
        return (int) Math.min(CriticalityModel.MAX, Math.round(sum));
    }

    /** {right, within ±1, absolute error}. */
    private static double[] counts(List<double[][]> steps, List<Integer> gold, CriticalityChoice c) {
        double[] s = new double[3];
        for (int i = 0; i < gold.size(); i++) {
            int p = level(steps.get(i)[0], steps.get(i)[1], c.weight(), c.offset());
            int g = gold.get(i);
            s[0] += p == g ? 1 : 0;
            s[1] += Math.abs(p - g) <= 1 ? 1 : 0;
            s[2] += Math.abs(p - g);
        }
        return s;
    }

    private static double objective(List<double[][]> steps, List<Integer> gold, CriticalityChoice c) {
        double[] s = counts(steps, gold, c);
        return (s[0] + s[1]) / gold.size();
    }

    private static double ratio(double a, double b) {
        return b == 0 ? 0 : a / b;
    }

    private static String short_(Scores scores) {
        return String.format("micro-F1 %.3f macro-F1 %.3f", scores.micro()[2], scores.macro()[2]);
    }
}
