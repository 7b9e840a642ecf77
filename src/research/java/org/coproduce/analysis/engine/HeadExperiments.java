package org.coproduce.analysis.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What the classifiers on the embeddings and the decision rules could gain with a given encoder (issue 18, third and
 * fourth rounds), under the honest protocol of {@link EmbeddingProtocol} on its cached maxent outputs: each family's
 * parameters are chosen per fold on the development fold by the fixed objectives (themes micro-F1 + macro-F1,
 * sentiment accuracy), then scored on the test fold. This class holds what the sections share: the theme heads on
 * the embeddings, the blend of their probabilities with the maxent model's, the threshold rules and their objective.
 * Sections: {@code head-experiments} ({@link ThemeHeadExperiments#run}, {@link SentimentHeadExperiments#run}),
 * {@code head-mlp} ({@link SentimentHeadExperiments#mlp}), {@code head-mlp-themes} ({@link ThemeHeadExperiments#mlp}),
 * {@code protocol-per-theme} ({@link ProductThemes}).
 */
final class HeadExperiments {

    /**
     * A head on the embeddings: the logistic regressions' training ({@code settings}), or a multi-label perceptron
     * ({@code mlp} non-null; with {@code settings} too: the two averaged, as {@link DenseThemeModel} does); the rare themes' upsampling cap; the mixed
     * class's weight (sentiment).
     */
    record Head(String name, DenseLogistic.Settings settings, int upsampling, double mixedWeight, DenseMlp.Settings mlp) {
        Head(String name, DenseLogistic.Settings settings, int upsampling, double mixedWeight) {
            this(name, settings, upsampling, mixedWeight, null);
        }
    }

    record Rule(int head, double weight, double common, double rare) {
    }

    static final List<Double> WEIGHTS = List.of(0.0, 0.25, 0.4, 0.5, 0.6, 0.75, 1.0);
    static final List<Double> WIDE_COMMON = List.of(0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7);
    static final List<Double> WIDE_RARE = List.of(0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7);
    static final double[] PER_THEME = {0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8};
    static final int MIN_DEV_POSITIVES = Integer.getInteger("head.minPositives", 15);
    /** The logistic heads the application's theme rule chose from until analysis-2026.12-6 (indices into {@link #heads}). */
    static final List<Integer> THEME_HEADS = List.of(0, 1, 2, 3, 4, 5);
    /** The application's theme head since analysis-2026.12-6: the 6-epoch logistic regressions averaged with the perceptrons. */
    static final List<Integer> PRODUCT_HEADS = List.of(8);

    final EmbeddingProtocol p;
    final List<Head> heads;

    HeadExperiments(EmbeddingProtocol protocol) {
        this(protocol, List.of());
    }

    /** The logistic heads, then {@code more}. */
    HeadExperiments(EmbeddingProtocol protocol, List<Head> more) {
        p = protocol;
        DenseLogistic.Settings s = DenseLogistic.Settings.STANDARD;
        int up = p.training.upsampling();
        heads = new ArrayList<>(List.of(new Head("standard", s, up, 1),
                new Head("l2 1e-2", new DenseLogistic.Settings(1e-2, s.epochs(), s.learningRate(), s.batch()), up, 1),
                new Head("l2 1e-4", new DenseLogistic.Settings(1e-4, s.epochs(), s.learningRate(), s.batch()), up, 1),
                new Head("30 epochs", new DenseLogistic.Settings(s.l2(), 30, s.learningRate(), s.batch()), up, 1),
                new Head("6 epochs", new DenseLogistic.Settings(s.l2(), 6, s.learningRate(), s.batch()), up, 1),
                new Head("upsampling 1", s, 1, 1),
                new Head("mixed ×1.5", s, up, 1.5),
                new Head("mixed ×2.5", s, up, 2.5),
                new Head(DenseModels.THEMES.epochs() + " epochs + mlp (the application's)", DenseModels.THEMES, up, 1, DenseMlp.Settings.THEMES)));
        heads.addAll(more);
    }

    /** Section {@code head-experiments}. */
    static void main(int outerFolds) {
        EmbeddingProtocol protocol = new EmbeddingProtocol();
        new ThemeHeadExperiments(protocol).run(outerFolds);
        new SentimentHeadExperiments(protocol).run(outerFolds);
    }

    /** Per weight index, per row, per topic: the blended probability, max of the document's and its best sentence's. */
    double[][][] blended(List<EmbeddingProtocol.Probs> m, List<EmbeddingProtocol.Probs> d) {
        int topics = p.topics.size();
        double[][][] q = new double[WEIGHTS.size()][m.size()][topics];
        for (int w = 0; w < WEIGHTS.size(); w++) {
            double weight = WEIGHTS.get(w);
            for (int i = 0; i < m.size(); i++) {
                EmbeddingProtocol.Probs pm = m.get(i), pd = d.get(i);
                for (int t = 0; t < topics; t++) {
                    double v = Blend.mix(pm.doc()[t], pd.doc()[t], weight);
                    for (int s = 0; s < pm.sentences().length; s++) {
                        v = Math.max(v, Blend.mix(pm.sentences()[s][t], pd.sentences()[s][t], weight));
                    }
                    q[w][i][t] = v;
                }
            }
        }
        return q;
    }

    /** A head's blended probabilities on a fold's development rows (trained on its inner rows) and test rows: [dev|test][weight][row][topic]. */
    double[][][][] blended(ProtocolFold f, Head h) {
        return new double[][][][] {blended(f.devThemes().probs(), p.denseProbs(themeHead(f.inner(), h), f.dev())),
            blended(f.testThemes().probs(), p.denseProbs(themeHead(f.train(), h), f.test()))};
    }

    /** {tp, fp, fn} per topic. */
    static int[][] counts(double[][] q, boolean[][] gold, double[] thresholds) {
        int[][] c = new int[thresholds.length][3];
        for (int i = 0; i < q.length; i++) {
            for (int t = 0; t < thresholds.length; t++) {
                boolean pr = q[i][t] >= thresholds[t];
                if (pr && gold[i][t]) {
                    c[t][0]++;
                } else if (pr) {
                    c[t][1]++;
                } else if (gold[i][t]) {
                    c[t][2]++;
                }
            }
        }
        return c;
    }

    /** micro-F1 + macro-F1. */
    static double objective(int[][] c) {
        int tp = 0, fp = 0, fn = 0;
        double macro = 0;
        for (int[] x : c) {
            tp += x[0];
            fp += x[1];
            fn += x[2];
            macro += Scores.prf(x[0], x[1], x[2])[2];
        }
        return Scores.prf(tp, fp, fn)[2] + macro / c.length;
    }

    boolean[][] gold(List<Integer> rows) {
        List<Set<String>> g = p.gold(rows);
        boolean[][] out = new boolean[g.size()][p.topics.size()];
        for (int i = 0; i < g.size(); i++) {
            for (int t = 0; t < p.topics.size(); t++) {
                out[i][t] = g.get(i).contains(p.topics.get(t));
            }
        }
        return out;
    }

    double[] thresholds(Set<String> frequent, double common, double rare) {
        return p.topics.stream().mapToDouble(t -> frequent.contains(t) ? common : rare).toArray();
    }

    /** Per-theme thresholds: coordinate ascent on the development objective from {@code start}, two passes. */
    static double[] perTheme(double[][] q, boolean[][] gold, double[] start) {
        return perTheme(List.<double[][]>of(q), List.<boolean[][]>of(gold), start, MIN_DEV_POSITIVES, true);
    }

    /**
     * The same on several development folds together (their objectives summed), for themes with at least
     * {@code minPositives} development positives in all of them; {@code keep}: a theme keeps its threshold unless a
     * candidate scores higher, else it takes the first best candidate.
     */
    static double[] perTheme(List<double[][]> qs, List<boolean[][]> golds, double[] start, int minPositives, boolean keep) {
        double[] th = start.clone();
        int[] positives = positives(golds, th.length);
        for (int pass = 0; pass < 2; pass++) {
            for (int t = 0; t < th.length; t++) {
                if (positives[t] < minPositives) {
                    continue;
                }
                double best = th[t], bestScore = keep ? objective(qs, golds, th) : Double.NEGATIVE_INFINITY;
                for (double candidate : PER_THEME) {
                    th[t] = candidate;
                    double s = objective(qs, golds, th);
                    if (s > bestScore + 1e-9) {
                        best = candidate;
                        bestScore = s;
                    }
                }
                th[t] = best;
            }
        }
        return th;
    }

    private static double objective(List<double[][]> qs, List<boolean[][]> golds, double[] th) {
        double s = 0;
        for (int f = 0; f < qs.size(); f++) {
            s += objective(counts(qs.get(f), golds.get(f), th));
        }
        return s;
    }

    static int[] positives(List<boolean[][]> golds, int topics) {
        int[] positives = new int[topics];
        for (boolean[][] gold : golds) {
            for (boolean[] row : gold) {
                for (int t = 0; t < topics; t++) {
                    positives[t] += row[t] ? 1 : 0;
                }
            }
        }
        return positives;
    }

    /** A theme head trained on the rows' embeddings: each topic's probability, in topic order. */
    Function<float[], double[]> themeHead(List<Integer> rows, Head h) {
        List<float[]> x = Folds.pick(p.docVectors, rows);
        List<Set<String>> gold = p.gold(rows);
        if (h.settings() == null) {
            return mlpThemes(x, gold, h);
        }
        DenseThemeModel model = h.mlp() == null ? DenseThemeModel.train(x, gold, p.topics, h.upsampling(), h.settings(), true)
                : DenseThemeModel.train(x, gold, p.topics, h.upsampling(), h.settings(), h.mlp(), true);
        return v -> {
            var probabilities = model.probabilities(v);
            return p.topics.stream().mapToDouble(probabilities::get).toArray();
        };
    }

    /** A multi-label perceptron on the topics, rare positives weighted as {@link DenseThemeModel} weights them. */
    private Function<float[], double[]> mlpThemes(List<float[]> x, List<Set<String>> gold, Head h) {
        int n = x.size(), topics = p.topics.size();
        double[][] targets = new double[n][topics];
        double[] weights = new double[topics];
        for (int t = 0; t < topics; t++) {
            long positives = 0;
            for (int i = 0; i < n; i++) {
                targets[i][t] = gold.get(i).contains(p.topics.get(t)) ? 1 : 0;
                positives += (long) targets[i][t];
            }
            weights[t] = Math.max(1, Math.min(h.upsampling(), (n - positives) / Math.max(1, positives) / 4));
        }
        DenseMlp model = DenseMlp.trainMultiLabel(x.toArray(float[][]::new), targets, weights, h.mlp());
        return model::probabilities;
    }

    /** The topics at or above their thresholds, per row. */
    List<Set<String>> predicted(double[][] q, double[] thresholds) {
        List<Set<String>> out = new ArrayList<>();
        for (double[] row : q) {
            Set<String> predicted = new HashSet<>();
            for (int t = 0; t < thresholds.length; t++) {
                if (row[t] >= thresholds[t]) {
                    predicted.add(p.topics.get(t));
                }
            }
            out.add(predicted);
        }
        return out;
    }

    static List<Rule> grid(List<Integer> heads, List<Double> common, List<Double> rare) {
        List<Rule> grid = new ArrayList<>();
        for (int h : heads) {
            for (double w : WEIGHTS) {
                for (double c : common) {
                    for (double r : rare) {
                        grid.add(new Rule(h, w, c, r));
                    }
                }
            }
        }
        return grid;
    }
}
