package org.coproduce.analysis.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.coproduce.analysis.entity.Sentiment;

/**
 * Sentiment heads on the embeddings under the honest protocol: each family (a set of heads × naive Bayes weight ×
 * embedding weight × mixed boost) chosen per fold on the development fold by accuracy, scored on the test fold.
 * Section {@code head-experiments}: the logistic head's training (L2, epochs, the mixed class weighted); section
 * {@code head-mlp}: class-balanced weights and perceptrons ({@link DenseMlp}: single seeds and ensembles).
 */
final class SentimentHeadExperiments {

    /** A sentiment head: the logistic regression ({@code mlp} null) or the perceptron ensemble, class-balanced or not. */
    record SentimentHead(String name, DenseLogistic.Settings logistic, double mixedWeight, DenseMlp.Settings mlp, boolean balanced) {
        static SentimentHead logistic(String name, DenseLogistic.Settings settings, double mixedWeight) {
            return new SentimentHead(name, settings, mixedWeight, null, false);
        }

        static SentimentHead mlp(DenseMlp.Settings settings, boolean balanced) {
            return new SentimentHead(settings + (balanced ? ", class-balanced" : ""), null, 1, settings, balanced);
        }
    }

    static final List<Double> NB = HonestProtocol.WEIGHTS, DENSE = EmbeddingProtocol.DENSE_SENTIMENT;
    static final List<Double> MIXED_WIDE = List.of(1.0, 1.15, 1.3, 1.5, 1.75, 2.0);

    private final EmbeddingProtocol p;

    SentimentHeadExperiments(EmbeddingProtocol p) {
        this.p = p;
    }

    /** Section {@code head-experiments}: the logistic head's training and a wider mixed boost. */
    void run(int outerFolds) {
        DenseLogistic.Settings s = DenseLogistic.Settings.STANDARD;
        List<SentimentHead> heads = List.of(SentimentHead.logistic("standard", s, 1),
                SentimentHead.logistic("l2 1e-2", new DenseLogistic.Settings(1e-2, s.epochs(), s.learningRate(), s.batch()), 1),
                SentimentHead.logistic("l2 1e-4", new DenseLogistic.Settings(1e-4, s.epochs(), s.learningRate(), s.batch()), 1),
                SentimentHead.logistic("30 epochs", new DenseLogistic.Settings(s.l2(), 30, s.learningRate(), s.batch()), 1),
                SentimentHead.logistic("6 epochs", new DenseLogistic.Settings(s.l2(), 6, s.learningRate(), s.batch()), 1),
                SentimentHead.logistic("mixed ×1.5", s, 1.5), SentimentHead.logistic("mixed ×2.5", s, 2.5));
        compare(outerFolds, heads, List.of(new Family("as now (standard head, nb × dense × mixed 1…1.5)", List.of(0), EmbeddingProtocol.MIXED_BOOST),
                new Family("mixed boost up to 2", List.of(0), MIXED_WIDE),
                new Family("head chosen, mixed boost up to 2", List.of(0, 1, 2, 3, 4, 5, 6), MIXED_WIDE)), "sentiment heads");
    }

    /**
     * Section {@code head-mlp}: class-balanced weights (each class weighted n / (3 n_c)) and perceptrons: one member
     * with seed 42 (the third round's), other single seeds (how much one seed's luck is worth), and ensembles of 3 and 5
     * members (their probabilities averaged).
     */
    void mlp(int outerFolds) {
        DenseMlp.Settings e10 = new DenseMlp.Settings(64, 10, 1e-3, 1e-4, 32, 1, 42);
        DenseMlp.Settings e20 = new DenseMlp.Settings(64, 20, 1e-3, 1e-3, 32, 1, 42);
        List<SentimentHead> heads = new ArrayList<>(List.of(SentimentHead.logistic("logistic (as now)", DenseLogistic.Settings.STANDARD, 1),
                new SentimentHead("logistic, class-balanced", DenseLogistic.Settings.STANDARD, 1, null, true),
                SentimentHead.mlp(e10, false), SentimentHead.mlp(e20, false), SentimentHead.mlp(e10, true)));
        for (long seed : new long[] {43, 44, 45, 46}) {
            heads.add(SentimentHead.mlp(new DenseMlp.Settings(64, 10, 1e-3, 1e-4, 32, 1, seed), false)); // 5…8
        }
        heads.add(SentimentHead.mlp(new DenseMlp.Settings(64, 10, 1e-3, 1e-4, 32, 3, 42), false)); // 9
        heads.add(SentimentHead.mlp(new DenseMlp.Settings(64, 10, 1e-3, 1e-4, 32, 5, 42), false)); // 10
        heads.add(SentimentHead.mlp(new DenseMlp.Settings(64, 20, 1e-3, 1e-3, 32, 5, 42), false)); // 11
        heads.add(SentimentHead.mlp(new DenseMlp.Settings(128, 10, 1e-3, 1e-4, 32, 5, 42), false)); // 12
        List<Double> m = EmbeddingProtocol.MIXED_BOOST;
        List<Family> families = new ArrayList<>(List.of(new Family("logistic (as now)", List.of(0), m),
                new Family("logistic, class-balanced", List.of(1), m), new Family("mlp ×1 seed 42 (e10 1e-4 | e20 1e-3)", List.of(2, 3), m),
                new Family("mlp ×1 seed 42, class-balanced", List.of(4), m)));
        for (int h = 5; h <= 8; h++) {
            families.add(new Family(heads.get(h).name(), List.of(h), m));
        }
        families.add(new Family("mlp ×3 (h64 e10 1e-4)", List.of(9), m));
        families.add(new Family("mlp ×5 (h64 e10 1e-4)", List.of(10), m));
        families.add(new Family("mlp ×5 (h64 e20 1e-3)", List.of(11), m));
        families.add(new Family("mlp ×5 (h128 e10 1e-4)", List.of(12), m));
        families.add(new Family("mlp ×5, the three settings chosen", List.of(10, 11, 12), m));
        compare(outerFolds, heads, families, "head-mlp");
    }

    /** A family: which heads (indices) and which mixed boosts its grid spans, with the naive Bayes and embedding weights. */
    record Family(String name, List<Integer> heads, List<Double> mixed) {
        List<int[]> grid() {
            List<int[]> grid = new ArrayList<>();
            for (int h : heads) {
                for (int nb = 0; nb < NB.size(); nb++) {
                    for (int d = 0; d < DENSE.size(); d++) {
                        for (double m : mixed) {
                            grid.add(new int[] {h, nb, d, (int) Math.round(m * 100)});
                        }
                    }
                }
            }
            return grid;
        }
    }

    /**
     * Each family chosen per fold on the development fold; then, per family, the one choice best on all development
     * folds together (what the application would fix), scored on the test folds.
     */
    private void compare(int outerFolds, List<SentimentHead> heads, List<Family> families, String name) {
        List<Variant.Sentiments> variants = families.stream().map(f -> new Variant.Sentiments(f.name())).toList();
        List<List<List<double[][]>>> devParts = new ArrayList<>(), testParts = new ArrayList<>();
        List<List<Sentiment>> devGolds = new ArrayList<>(), testGolds = new ArrayList<>();
        List<Integer> used = families.stream().flatMap(f -> f.heads().stream()).distinct().toList();
        ProtocolFold.each(p, outerFolds, name, f -> {
            List<Sentiment> devSG = f.devSentimentGold(), testSG = f.testSentimentGold();
            ArrayList<double[][]> devMaxent = f.devSentiment(), testMaxent = f.testSentiment();
            List<List<double[][]>> devS = new ArrayList<>(), testS = new ArrayList<>();
            for (int h = 0; h < heads.size(); h++) {
                boolean needed = used.contains(h);
                devS.add(needed ? p.sentimentParts(devMaxent, head(f.inner(), heads.get(h)), f.dev()) : null);
                testS.add(needed ? p.sentimentParts(testMaxent, head(f.train(), heads.get(h)), f.test()) : null);
            }
            for (int v = 0; v < families.size(); v++) {
                int[] best = Folds.best(families.get(v).grid(), r -> counts(devS.get(r[0]), devSG, r)[0]);
                variants.get(v).chose(heads.get(best[0]).name() + " " + rule(best), (double) counts(devS.get(best[0]), devSG, best)[0] / devSG.size());
                variants.get(v).add(counts(testS.get(best[0]), testSG, best));
            }
            devParts.add(devS);
            testParts.add(testS);
            devGolds.add(devSG);
            testGolds.add(testSG);
        });
        System.out.println("== " + name + " (" + SentenceEmbedding.MODEL + "), " + outerFolds + " folds");
        variants.forEach(Variant.Sentiments::print);
        System.out.println("one choice per family, best on all development folds together, scored on the test folds:");
        for (Family family : families) {
            int[] best = Folds.best(family.grid(), r -> {
                int right = 0;
                for (int k = 0; k < devParts.size(); k++) {
                    right += counts(devParts.get(k).get(r[0]), devGolds.get(k), r)[0];
                }
                return right;
            });
            int[] dev = new int[4], test = new int[4];
            for (int k = 0; k < devParts.size(); k++) {
                add(dev, counts(devParts.get(k).get(best[0]), devGolds.get(k), best));
                add(test, counts(testParts.get(k).get(best[0]), testGolds.get(k), best));
            }
            System.out.printf("  %-45s %s %s: dev accuracy %.4f | test accuracy %.3f (mixed recall %.2f)%n", family.name(),
                    heads.get(best[0]).name(), rule(best), (double) dev[0] / dev[1], (double) test[0] / test[1], (double) test[2] / test[3]);
        }
    }

    private static void add(int[] total, int[] c) {
        for (int j = 0; j < total.length; j++) {
            total[j] += c[j];
        }
    }

    /** A sentiment head trained on the rows' embeddings. */
    private Function<float[], double[]> head(List<Integer> rows, SentimentHead h) {
        List<float[]> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        for (int i : rows) {
            Integer s = p.benchmark.docs.get(i).row().sentiment();
            if (s != null) {
                x.add(p.docVectors.get(i));
                y.add(SentimentModel.classOf(s).ordinal());
            }
        }
        int[] labels = y.stream().mapToInt(Integer::intValue).toArray();
        int[] perClass = new int[3];
        for (int c : labels) {
            perClass[c]++;
        }
        double[] weights = Arrays.stream(labels).mapToDouble(c -> h.balanced() ? (double) labels.length / (3.0 * perClass[c])
                : c == Sentiment.MIXED.ordinal() ? h.mixedWeight() : 1).toArray();
        float[][] xs = x.toArray(float[][]::new);
        if (h.mlp() == null) {
            return DenseLogistic.train(xs, labels, 3, weights, h.logistic())::probabilities;
        }
        return DenseMlp.train(xs, labels, 3, weights, h.mlp())::probabilities;
    }

    static String rule(int[] r) {
        return String.format("nb%.2f w%.2f m%.2f", NB.get(r[1]), DENSE.get(r[2]), r[3] / 100.0);
    }

    /** {right, total, mixed right, mixed total}. */
    static int[] counts(List<double[][]> parts, List<Sentiment> gold, int[] r) {
        Blend blend = new Blend(0, 0, 0, NB.get(r[1]), DENSE.get(r[2]), r[3] / 100.0);
        return EmbeddingProtocol.sentimentCounts(gold, i -> blend.sentiment(parts.get(i)[0], parts.get(i)[1], parts.get(i)[2]));
    }
}
