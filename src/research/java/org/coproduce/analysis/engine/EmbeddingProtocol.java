package org.coproduce.analysis.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
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
    static final List<Double> LAMBDAS = List.of(0.0, 0.25, 0.5, 1.0, 2.0);
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

    /** {@code bayes}: the level for within ±1 + λ exact ({@link CriticalityModel.Decision}, param λ); else the rounded expected level + offset. */
    record CriticalityChoice(boolean bayes, double weight, double param) {
        @Override
        public String toString() {
            return bayes ? String.format("w%.2f λ%.2f", weight, param) : String.format("expected w%.2f +%.1f", weight, param);
        }
    }

    /** Per-topic probabilities (benchmark topic order) of a whole text and of each sentence. */
    record Probs(double[] doc, double[][] sentences) implements java.io.Serializable {
    }

    /** A maxent theme model's probabilities on some rows, and which topics it counts as common. */
    record ThemeParts(ArrayList<Probs> probs, HashSet<String> frequent) implements java.io.Serializable {
    }

    final ThemeTraining training = ModelTraining.THEMES;
    final ThemeBenchmark benchmark = new ThemeBenchmark(training);
    final List<String> topics = benchmark.topics;
    final Folds folds = new Folds(benchmark.docs.size(), ThemeBenchmark.FOLDS);
    final List<float[]> docVectors = new ArrayList<>();
    final List<List<float[]>> sentenceVectors = new ArrayList<>();

    EmbeddingProtocol() {
        Nlp nlp = new Nlp();
        List<List<String>> sentenceTexts = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (ThemeBenchmark.Doc doc : benchmark.docs) {
            List<String> s = sentences(nlp, doc.row().text());
            sentenceTexts.add(s);
            if (!SentenceEmbedding.POOLED) {
                all.add(doc.row().text());
            }
            all.addAll(s);
        }
        EmbeddingCache.ensure(all);
        for (int i = 0; i < benchmark.docs.size(); i++) {
            sentenceVectors.add(sentenceTexts.get(i).stream().map(EmbeddingCache::get).toList());
            docVectors.add(EmbeddingCache.document(benchmark.docs.get(i).row().text(), sentenceTexts.get(i)));
        }
    }

    /** The texts of a story's sentences, as {@link TextFeatures} splits them. */
    static List<String> sentences(Nlp nlp, String text) {
        return nlp.sentenceTexts(text, Language.EN);
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
        System.out.println("\n== Sentence embeddings (" + SentenceEmbedding.MODEL + ") beside maxent, honest protocol: " + outerFolds
                + " of 5 outer folds, development fold (k+1) % 5; product blend " + Blend.PRODUCT);
        criticality(outerFolds);
        EmbeddingProtocol protocol = new EmbeddingProtocol();
        protocol.run(outerFolds);
        if (perThemeProduct()) {
            new ProductThemes(new HeadExperiments(protocol)).run(outerFolds);
        }
    }

    /** Whether the application's themes use per-theme thresholds (then {@link ProductThemes} prints the themes product line). */
    static boolean perThemeProduct() {
        return Analyser.EMBEDDINGS && !Blend.PRODUCT.perTheme().isEmpty();
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
        // each fold's development data, to choose the application's fixed values on all development folds together
        List<List<Set<String>>> poolGold = new ArrayList<>();
        List<List<Probs>> poolM = new ArrayList<>(), poolD = new ArrayList<>();
        List<Set<String>> poolFrequent = new ArrayList<>();
        List<List<double[][]>> poolSentiment = new ArrayList<>();
        List<List<Sentiment>> poolSentimentGold = new ArrayList<>();
        for (int k = 0; k < outerFolds; k++) {
            long start = System.nanoTime();
            List<Integer> train = folds.train(k), test = folds.test(k), inner = folds.innerTrain(k), dev = folds.development(k);
            // themes
            ThemeParts devThemes = themeParts("themes-" + k + "-dev", inner, dev);
            DenseThemeModel innerDense = dense(inner);
            Set<String> devFrequent = devThemes.frequent();
            List<Probs> devM = devThemes.probs(), devD = denseProbs(innerDense, dev);
            List<Set<String>> devGold = gold(dev);
            ThemeChoice cMaxent = best(themeGrid(List.of(0.0)), devGold, devM, devD, devFrequent);
            ThemeChoice cDense = best(themeGrid(List.of(1.0)), devGold, devM, devD, devFrequent);
            ThemeChoice cBlend = best(themeGrid(BLEND), devGold, devM, devD, devFrequent);
            ThemeChoice cBlendDocument = best(themeGrid(BLEND), devGold, devM, devD, devFrequent, true);
            ThemeParts testParts0 = themeParts("themes-" + k + "-test", train, test);
            DenseThemeModel outerDense = dense(train);
            Set<String> frequent = testParts0.frequent();
            List<Probs> testM = testParts0.probs(), testD = denseProbs(outerDense, test);
            List<Set<String>> testGold = gold(test);
            add(honestMaxent, testGold, testM, testD, frequent, cMaxent);
            add(oldMaxent, testGold, testM, testD, frequent, fixedMaxent);
            add(honestDense, testGold, testM, testD, frequent, cDense);
            add(honestBlend, testGold, testM, testD, frequent, cBlend);
            add(oldBlend, testGold, testM, testD, frequent, fixedBlend);
            add(honestBlendDocument, testGold, testM, testD, frequent, cBlendDocument, true);
            // sentiment
            DenseMlp innerDenseSentiment = denseSentiment(inner);
            List<double[][]> devParts = sentimentParts(maxentSentiment("sentiment-" + k + "-dev", inner, dev), innerDenseSentiment, dev);
            List<Sentiment> devSentimentGold = sentimentGold(dev);
            SentimentChoice sMaxent = bestSentiment(HonestProtocol.WEIGHTS, List.of(0.0), List.of(1.0), devParts, devSentimentGold);
            SentimentChoice sDense = new SentimentChoice(0, 1, 1);
            SentimentChoice sBlend = bestSentiment(HonestProtocol.WEIGHTS, DENSE_SENTIMENT, MIXED_BOOST, devParts, devSentimentGold);
            List<double[][]> testParts = sentimentParts(maxentSentiment("sentiment-" + k + "-test", train, test), denseSentiment(train), test);
            List<Sentiment> testSentimentGold = sentimentGold(test);
            poolGold.add(devGold);
            poolM.add(devM);
            poolD.add(devD);
            poolFrequent.add(devFrequent);
            poolSentiment.add(devParts);
            poolSentimentGold.add(devSentimentGold);
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
        ThemeChoice pooledThemes = Folds.best(themeGrid(BLEND), c -> {
            double sum = 0;
            for (int f = 0; f < poolGold.size(); f++) {
                Scores sc = new Scores(topics);
                add(sc, poolGold.get(f), poolM.get(f), poolD.get(f), poolFrequent.get(f), c);
                sum += HonestProtocol.objective(sc);
            }
            return sum;
        });
        List<SentimentChoice> sentimentGrid = new ArrayList<>();
        HonestProtocol.WEIGHTS.forEach(a -> DENSE_SENTIMENT.forEach(b -> MIXED_BOOST.forEach(m -> sentimentGrid.add(new SentimentChoice(a, b, m)))));
        SentimentChoice pooledSentiment = Folds.best(sentimentGrid, c -> {
            int right = 0;
            for (int f = 0; f < poolSentiment.size(); f++) {
                right += sentimentCounts(poolSentiment.get(f), poolSentimentGold.get(f), c)[0];
            }
            return right;
        });
        System.out.printf("one choice for the application, best on all development folds together (the application's fixed values"
                + " come from here): themes blend with one threshold pair %s%s, sentiment blend %s%n", pooledThemes,
                perThemeProduct() ? " (the application's themes: per-theme thresholds, below)" : "", pooledSentiment);
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
        System.out.printf((perThemeProduct() ? "themes with one threshold pair (not the application's rule):" : "product:")
                        + " themes micro-F1 %.3f macro-F1 %.3f (%s, honest, chosen on development folds)"
                        + " | old protocol (fixed %s) micro-F1 %.3f macro-F1 %.3f%n", honest.micro()[2], honest.macro()[2],
                blend ? "maxent + embeddings blend" : "maxent", blend ? fixedBlend : fixedMaxent, old.micro()[2], old.macro()[2]);
        System.out.printf("product: sentiment accuracy %.3f (mixed recall %.2f) (%s, honest, chosen on development folds)"
                        + " | old protocol (fixed %s) accuracy %.3f (mixed recall %.2f) on %d rows%n",
                ratio(sentiment[h][0], sentiment[h][1]), ratio(sentiment[h][2], sentiment[h][3]),
                blend ? "maxent + naive Bayes + embeddings blend" : "maxent + naive Bayes",
                blend ? fixedSentimentBlend : fixedSentiment, ratio(sentiment[o][0], sentiment[o][1]),
                ratio(sentiment[o][2], sentiment[o][3]), sentiment[o][1]);
    }

    DenseThemeModel dense(List<Integer> rows) {
        return DenseThemeModel.train(Folds.pick(docVectors, rows), gold(rows), topics, training.upsampling(), DENSE, true);
    }

    List<Set<String>> gold(List<Integer> rows) {
        return rows.stream().map(i -> benchmark.docs.get(i).row().topics()).toList();
    }

    Set<String> frequent(ThemeModel model) {
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

    List<Probs> denseProbs(DenseThemeModel model, List<Integer> rows) {
        return denseProbs(v -> array(model.probabilities(v)), rows);
    }

    /** The same for any head on the embeddings that gives the topics' probabilities in {@link #topics} order. */
    List<Probs> denseProbs(java.util.function.Function<float[], double[]> head, List<Integer> rows) {
        return rows.parallelStream().map(i -> new Probs(head.apply(docVectors.get(i)),
                sentenceVectors.get(i).stream().map(head).toArray(double[][]::new))).toList();
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
    void add(Scores scores, List<Set<String>> gold, List<Probs> m, List<Probs> d, Set<String> frequent, ThemeChoice c,
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

    /** The application's sentiment head on the embeddings ({@link DenseModels#sentiment}) trained on the rows with a sentiment. */
    DenseMlp denseSentiment(List<Integer> rows) {
        List<float[]> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        for (int i : rows) {
            Integer s = benchmark.docs.get(i).row().sentiment();
            if (s != null) {
                x.add(docVectors.get(i));
                y.add(SentimentModel.classOf(s).ordinal());
            }
        }
        return DenseModels.sentiment(x.toArray(float[][]::new), y.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The maxent theme model trained on {@code trainRows}: its probabilities on {@code rows} (cached, {@link PartsCache}). */
    ThemeParts themeParts(String name, List<Integer> trainRows, List<Integer> rows) {
        return PartsCache.get(name, () -> {
            ThemeModel model = ThemeModel.train(ThemeBenchmark.examples(Folds.pick(benchmark.docs, trainRows)), topics, training);
            return new ThemeParts(new ArrayList<>(maxentProbs(model, rows)), new HashSet<>(frequent(model)));
        });
    }

    /** Per row of {@code rows} with a sentiment: {maxent, naive Bayes} of the model trained on {@code trainRows} (cached). */
    ArrayList<double[][]> maxentSentiment(String name, List<Integer> trainRows, List<Integer> rows) {
        return PartsCache.get(name, () -> {
            SentimentModel model = sentimentModel(trainRows);
            ArrayList<double[][]> parts = new ArrayList<>();
            for (int i : rows) {
                ThemeBenchmark.Doc doc = benchmark.docs.get(i);
                if (doc.row().sentiment() != null) {
                    parts.add(model.parts(doc.sentiment()));
                }
            }
            return parts;
        });
    }

    /** Per row with a sentiment: {maxent, naive Bayes, dense} probabilities in Sentiment order. */
    List<double[][]> sentimentParts(List<double[][]> maxent, DenseMlp dense, List<Integer> rows) {
        return sentimentParts(maxent, dense::probabilities, rows);
    }

    /** The same with any head on the embeddings. */
    List<double[][]> sentimentParts(List<double[][]> maxent, java.util.function.Function<float[], double[]> dense, List<Integer> rows) {
        List<double[][]> parts = new ArrayList<>();
        int j = 0;
        for (int i : rows) {
            ThemeBenchmark.Doc doc = benchmark.docs.get(i);
            if (doc.row().sentiment() != null) {
                double[][] mq = maxent.get(j++);
                parts.add(new double[][] {mq[0], mq[1], dense.apply(docVectors.get(i))});
            }
        }
        return parts;
    }

    List<Sentiment> sentimentGold(List<Integer> rows) {
        return rows.stream().map(i -> benchmark.docs.get(i).row().sentiment()).filter(s -> s != null)
                .map(SentimentModel::classOf).toList();
    }

    static Sentiment predict(double[][] parts, SentimentChoice c) {
        return new Blend(0, 0, 0, c.naiveBayes(), c.dense(), c.mixed()).sentiment(parts[0], parts[1], parts[2]);
    }

    /** {right, total, mixed right, mixed total}. */
    static int[] sentimentCounts(List<double[][]> parts, List<Sentiment> gold, SentimentChoice c) {
        return sentimentCounts(gold, i -> predict(parts.get(i), c));
    }

    /** {right, total, mixed right, mixed total} of the predictions (by row) against the gold labels. */
    static int[] sentimentCounts(List<Sentiment> gold, java.util.function.IntFunction<Sentiment> predicted) {
        int[] counts = new int[4];
        for (int i = 0; i < gold.size(); i++) {
            boolean ok = predicted.apply(i) == gold.get(i);
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
    /** The phase-1 rows with a criticality, shuffled with Random(42): features, embeddings, levels 0…5, and their folds. */
    record CriticalityData(List<String> texts, List<Example> examples, List<float[]> vectors, List<Integer> levels, Folds folds) {

        static CriticalityData load() {
            record Row(String text, Example example) {
            }
            ModelTraining training = new ModelTraining(new Taxonomy(), new Nlp());
            List<Row> rows = new ArrayList<>(Phase1Corpus.rows().stream().filter(r -> r.criticality() != null)
                    .map(r -> new Row(r.text(), new Example(training.features(r.text(), Language.EN),
                            Set.of(String.valueOf(CriticalityModel.fromPhase1(r.criticality())))))).toList());
            Collections.shuffle(rows, new Random(42));
            return new CriticalityData(rows.stream().map(Row::text).toList(), rows.stream().map(Row::example).toList(),
                    EmbeddingCache.documents(rows.stream().map(Row::text).toList()),
                    rows.stream().map(r -> Integer.parseInt(r.example().labels().iterator().next())).toList(),
                    new Folds(rows.size(), 5));
        }

        /**
         * Per row: the application's sentiment floor of the criticality ({@link Analyser#floor}) from the English
         * sentiment models trained as the application trains them (all FFT rows and the written examples, never a
         * phase-1 row), {maxent + naive Bayes alone, with the embeddings blend (Blend.PRODUCT), 4 if the safeguarding
         * screen fires (Analyser.URGENT) else 0}. Cached.
         */
        ArrayList<int[]> floors() {
            return PartsCache.get("criticality-floors-3-" + Integer.toHexString(DenseMlp.Settings.SENTIMENT.hashCode()) + "-" + SentenceEmbedding.ENCODER.name().toLowerCase(java.util.Locale.ROOT)
                    + (SentenceEmbedding.POOLED ? "-pooled" : "") + "-"
                    + Integer.toHexString(Blend.PRODUCT.hashCode()), () -> {
                SafeguardingScreen safeguarding = new SafeguardingScreen();
                ModelTraining training = new ModelTraining(new Taxonomy(), new Nlp());
                List<Example> sentimentExamples = training.englishSentimentExamples(FftCorpus.rows());
                SentimentModel model = SentimentModel.train(sentimentExamples);
                List<String> denseTexts = new ArrayList<>();
                List<Integer> denseLabels = new ArrayList<>();
                for (FftCorpus.Row row : FftCorpus.rows()) {
                    if (row.sentiment() != null) {
                        denseTexts.add(row.text());
                        denseLabels.add(SentimentModel.classOf(row.sentiment()).ordinal());
                    }
                }
                for (int i = 0; i < 3; i++) {
                    for (WrittenExamples.Sentence w : WrittenExamples.sentences(Language.EN)) {
                        denseTexts.add(w.text());
                        denseLabels.add((w.polarity() == org.coproduce.stories.entity.Polarity.GOOD ? Sentiment.POSITIVE
                                : Sentiment.NEGATIVE).ordinal());
                    }
                }
                DenseMlp dense = DenseModels.sentiment(EmbeddingCache.documents(denseTexts).toArray(float[][]::new),
                        denseLabels.stream().mapToInt(Integer::intValue).toArray());
                ArrayList<int[]> floors = new ArrayList<>();
                for (int i = 0; i < texts.size(); i++) {
                    String[] f = training.sentimentFeatures(texts.get(i), Language.EN);
                    double[][] parts = model.parts(f);
                    Sentiment blended = Blend.PRODUCT.sentiment(parts[0], parts[1], dense.probabilities(vectors.get(i)));
                    floors.add(new int[] {Analyser.floor(model.predict(f), () -> model.negativity(f)),
                        Analyser.floor(blended, () -> model.negativity(f)), safeguarding.screen(texts.get(i)).isEmpty() ? 0 : Analyser.URGENT});
                }
                return floors;
            });
        }

        /** Per row of development fold k: {maxent steps, dense steps} of the models trained on the inner training rows. */
        List<double[][]> development(int k) {
            return steps(maxentSteps("criticality-" + k + "-dev", examples, folds.innerTrain(k), folds.development(k)),
                    denseSteps(vectors, levels, folds.innerTrain(k)), vectors, folds.development(k));
        }

        /** Per row of test fold k: the same for the models trained on all training rows of outer fold k. */
        List<double[][]> test(int k) {
            return steps(maxentSteps("criticality-" + k + "-test", examples, folds.train(k), folds.test(k)),
                    denseSteps(vectors, levels, folds.train(k)), vectors, folds.test(k));
        }
    }

    static void criticality(int outerFolds) {
        CriticalityData data = CriticalityData.load();
        List<Integer> levels = data.levels();
        Folds folds = data.folds();
        List<int[]> floors = data.floors();
        List<CriticalityChoice> expectedMaxent = OFFSETS.stream().map(o -> new CriticalityChoice(false, 0, o)).toList();
        List<CriticalityChoice> bayesMaxent = LAMBDAS.stream().map(l -> new CriticalityChoice(true, 0, l)).toList();
        List<CriticalityChoice> bayesDense = LAMBDAS.stream().map(l -> new CriticalityChoice(true, 1, l)).toList();
        List<CriticalityChoice> bayesBlend = new ArrayList<>();
        BLEND.forEach(w -> LAMBDAS.forEach(l -> bayesBlend.add(new CriticalityChoice(true, w, l))));
        CriticalityModel.Decision m = CriticalityModel.Decision.MAXENT, b = CriticalityModel.Decision.BLEND;
        CriticalityChoice[] fixed = {new CriticalityChoice(true, m.weight(), m.lambda()), new CriticalityChoice(true, b.weight(), b.lambda()),
            new CriticalityChoice(false, 0, 0)};
        String[] names = {"maxent, expected level + offset (before)", "maxent, level for within±1 + λ exact", "embeddings alone, the same",
            "blend, the same", "maxent, old protocol (fixed " + fixed[0] + ")", "blend, old protocol (fixed " + fixed[1] + ")",
            "maxent, the application before (fixed " + fixed[2] + ")"};
        double[][] totals = new double[names.length][3];
        double[][] withFloor = new double[2][3]; // the application's path: honest maxent, honest blend, each with floor and safeguarding
        int n = 0;
        List<String> chosen = new ArrayList<>();
        List<List<double[][]>> poolSteps = new ArrayList<>();
        List<List<Integer>> poolGold = new ArrayList<>();
        for (int k = 0; k < outerFolds; k++) {
            long start = System.nanoTime();
            List<double[][]> devSteps = data.development(k);
            List<Integer> devGold = Folds.pick(levels, folds.development(k));
            poolSteps.add(devSteps);
            poolGold.add(devGold);
            CriticalityChoice[] used = new CriticalityChoice[names.length];
            used[0] = Folds.best(expectedMaxent, c -> objective(devSteps, devGold, c));
            used[1] = Folds.best(bayesMaxent, c -> objective(devSteps, devGold, c));
            used[2] = Folds.best(bayesDense, c -> objective(devSteps, devGold, c));
            used[3] = Folds.best(bayesBlend, c -> objective(devSteps, devGold, c));
            System.arraycopy(fixed, 0, used, 4, 3);
            List<double[][]> testSteps = data.test(k);
            List<Integer> testGold = Folds.pick(levels, folds.test(k));
            List<int[]> testFloors = Folds.pick(floors, folds.test(k));
            for (int i = 0; i < used.length; i++) {
                add(totals[i], counts(testSteps, testGold, used[i], null, 0));
            }
            add(withFloor[0], counts(testSteps, testGold, used[1], testFloors, 0));
            add(withFloor[1], counts(testSteps, testGold, used[3], testFloors, 1));
            n += testGold.size();
            chosen.add(String.format("fold %d: before %s, maxent %s, dense %s, blend %s", k, used[0], used[1], used[2], used[3]));
            System.out.printf("criticality %s; %.0f s%n", chosen.get(chosen.size() - 1), (System.nanoTime() - start) / 1e9);
        }
        for (List<CriticalityChoice> family : List.of(bayesMaxent, bayesBlend)) {
            CriticalityChoice pooled = Folds.best(family, c -> {
                double sum = 0;
                for (int f = 0; f < poolSteps.size(); f++) {
                    sum += objective(poolSteps.get(f), poolGold.get(f), c);
                }
                return sum;
            });
            System.out.printf("one choice for the application, best on all development folds together: criticality %s %s%n",
                    family == bayesMaxent ? "maxent" : "blend", pooled);
        }
        System.out.println("criticality accuracy / within±1 / MAE on " + n + " phase-1 rows:");
        for (int i = 0; i < names.length; i++) {
            System.out.printf("  %-50s %.3f %.3f %.3f%n", names[i], totals[i][0] / n, totals[i][1] / n, totals[i][2] / n);
        }
        for (int i = 0; i < 2; i++) {
            System.out.printf("  %-50s %.3f %.3f %.3f%n", (i == 0 ? "maxent" : "blend") + " + the application's sentiment floor and safeguarding",
                    withFloor[i][0] / n, withFloor[i][1] / n, withFloor[i][2] / n);
        }
        boolean blend = Analyser.EMBEDDINGS;
        int h = blend ? 3 : 1, o = blend ? 5 : 4;
        double[] a = withFloor[blend ? 1 : 0];
        System.out.printf("product: criticality accuracy %.3f within±1 %.3f MAE %.3f on %d rows (%s, level for within±1 + λ exact,"
                        + " honest, chosen on development folds; with the application's sentiment floor and safeguarding: %.3f / %.3f / %.3f)"
                        + " | old protocol (fixed %s) accuracy %.3f within±1 %.3f MAE %.3f | before (expected level, offset chosen) %.3f / %.3f / %.3f%n",
                totals[h][0] / n, totals[h][1] / n, totals[h][2] / n, n, blend ? "ordinal maxent + embeddings blend" : "ordinal maxent",
                a[0] / n, a[1] / n, a[2] / n, fixed[o - 4], totals[o][0] / n, totals[o][1] / n, totals[o][2] / n,
                totals[0][0] / n, totals[0][1] / n, totals[0][2] / n);
    }

    private static void add(double[] total, double[] counts) {
        for (int j = 0; j < total.length; j++) {
            total[j] += counts[j];
        }
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

    /** Per row of {@code rows}: the step probabilities (steps 1…4) of the ordinal maxent model trained on {@code trainRows} (cached). */
    private static ArrayList<double[]> maxentSteps(String name, List<Example> examples, List<Integer> trainRows, List<Integer> rows) {
        return PartsCache.get(name, () -> {
            CriticalityModel m = CriticalityModel.train(Folds.pick(examples, trainRows));
            ArrayList<double[]> steps = new ArrayList<>();
            for (int i : rows) {
                Map<String, Double> pm = m.stepProbabilities(examples.get(i).features());
                steps.add(STEPS.stream().mapToDouble(pm::get).toArray());
            }
            return steps;
        });
    }

    /** Per row: {maxent step probabilities, dense step probabilities}, steps 1…4. */
    private static List<double[][]> steps(List<double[]> maxent, DenseThemeModel d, List<float[]> vectors, List<Integer> rows) {
        List<double[][]> result = new ArrayList<>();
        for (int j = 0; j < rows.size(); j++) {
            Map<String, Double> pd = d.probabilities(vectors.get(rows.get(j)));
            result.add(new double[][] {maxent.get(j), STEPS.stream().mapToDouble(pd::get).toArray()});
        }
        return result;
    }

    static int level(double[] maxentSteps, double[] denseSteps, double weight, double offset) {
        double sum = offset;
        for (int s = 0; s < maxentSteps.length; s++) {
            sum += Blend.mix(maxentSteps[s], denseSteps[s], weight);
        }
        return (int) Math.min(CriticalityModel.MAX, Math.round(sum));
    }

    static int level(double[][] steps, CriticalityChoice c) {
        return c.bayes() ? CriticalityModel.level(steps[0], steps[1], new CriticalityModel.Decision(c.weight(), c.param()))
                : level(steps[0], steps[1], c.weight(), c.param());
    }

    /**
     * {right, within ±1, absolute error}; {@code floors} non-null: raised to the application's sentiment floor
     * ({@code floors[i][mode]}: 0 maxent sentiment, 1 blended) and to 4 on a safeguarding trigger ({@code floors[i][2]}).
     */
    private static double[] counts(List<double[][]> steps, List<Integer> gold, CriticalityChoice c, List<int[]> floors, int mode) {
        double[] s = new double[3];
        for (int i = 0; i < gold.size(); i++) {
            int p = level(steps.get(i), c);
            if (floors != null) {
                p = Math.max(p, Math.max(floors.get(i)[mode], floors.get(i)[2]));
            }
            int g = gold.get(i);
            s[0] += p == g ? 1 : 0;
            s[1] += Math.abs(p - g) <= 1 ? 1 : 0;
            s[2] += Math.abs(p - g);
        }
        return s;
    }

    /** What the choice maximises on the development fold, fixed before the first run: accuracy + within ±1. */
    private static double objective(List<double[][]> steps, List<Integer> gold, CriticalityChoice c) {
        double[] s = counts(steps, gold, c, null, 0);
        return (s[0] + s[1]) / gold.size();
    }

    private static double ratio(double a, double b) {
        return b == 0 ? 0 : a / b;
    }

    private static String short_(Scores scores) {
        return String.format("micro-F1 %.3f macro-F1 %.3f", scores.micro()[2], scores.macro()[2]);
    }
}
