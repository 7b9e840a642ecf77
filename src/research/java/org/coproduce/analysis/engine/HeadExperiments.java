package org.coproduce.analysis.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.coproduce.analysis.entity.Sentiment;

/**
 * What the classifiers on the embeddings and the decision rules could gain with a given encoder (issue 18,
 * third round), under the honest protocol of {@link EmbeddingProtocol} on its cached maxent outputs: each family's
 * parameters are chosen per fold on the development fold by the fixed objectives (themes micro-F1 + macro-F1,
 * sentiment accuracy), then scored on the test fold. Families: the dense head's training (L2, epochs, rare-theme
 * upsampling; for sentiment a weight on the mixed class), a wider threshold grid, and per-theme thresholds
 * (coordinate ascent on the development objective, for themes with enough development positives). The first
 * family of each task is the application's rule and reproduces its {@code product:} figure. Section
 * {@code head-experiments}.
 */
final class HeadExperiments {

    /** A dense head: the logistic regressions' training, the rare themes' upsampling cap, the mixed class's weight. */
    record Head(String name, DenseLogistic.Settings settings, int upsampling, double mixedWeight) {
    }

    record Rule(int head, double weight, double common, double rare) {
    }

    static final List<Double> WEIGHTS = List.of(0.0, 0.25, 0.4, 0.5, 0.6, 0.75, 1.0);
    static final List<Double> WIDE_COMMON = List.of(0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7);
    static final List<Double> WIDE_RARE = List.of(0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7);
    static final double[] PER_THEME = {0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8};
    static final int MIN_DEV_POSITIVES = Integer.getInteger("head.minPositives", 15);

    private final EmbeddingProtocol p;
    private final List<Head> heads;

    HeadExperiments() {
        this(new EmbeddingProtocol());
    }

    HeadExperiments(EmbeddingProtocol protocol) {
        p = protocol;
        DenseLogistic.Settings s = DenseLogistic.Settings.STANDARD;
        int up = p.training.upsampling();
        heads = List.of(new Head("standard", s, up, 1),
                new Head("l2 1e-2", new DenseLogistic.Settings(1e-2, s.epochs(), s.learningRate(), s.batch()), up, 1),
                new Head("l2 1e-4", new DenseLogistic.Settings(1e-4, s.epochs(), s.learningRate(), s.batch()), up, 1),
                new Head("30 epochs", new DenseLogistic.Settings(s.l2(), 30, s.learningRate(), s.batch()), up, 1),
                new Head("6 epochs", new DenseLogistic.Settings(s.l2(), 6, s.learningRate(), s.batch()), up, 1),
                new Head("upsampling 1", s, 1, 1),
                new Head("mixed ×1.5", s, up, 1.5),
                new Head("mixed ×2.5", s, up, 2.5));
    }

    static void main(int outerFolds) {
        new HeadExperiments().run(outerFolds);
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
        double[] th = start.clone();
        int[] positives = new int[th.length];
        for (boolean[] row : gold) {
            for (int t = 0; t < th.length; t++) {
                positives[t] += row[t] ? 1 : 0;
            }
        }
        for (int pass = 0; pass < 2; pass++) {
            for (int t = 0; t < th.length; t++) {
                if (positives[t] < MIN_DEV_POSITIVES) {
                    continue;
                }
                double best = th[t], bestScore = objective(counts(q, gold, th));
                for (double candidate : PER_THEME) {
                    th[t] = candidate;
                    double s = objective(counts(q, gold, th));
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

    DenseThemeModel themeHead(List<Integer> rows, Head h) {
        return DenseThemeModel.train(Folds.pick(p.docVectors, rows), p.gold(rows), p.topics, h.upsampling(), h.settings(), true);
    }

    DenseLogistic sentimentHead(List<Integer> rows, Head h) {
        List<float[]> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        for (int i : rows) {
            Integer s = p.benchmark.docs.get(i).row().sentiment();
            if (s != null) {
                x.add(p.docVectors.get(i));
                y.add(SentimentModel.classOf(s).ordinal());
            }
        }
        double[] weights = y.stream().mapToDouble(c -> c == Sentiment.MIXED.ordinal() ? h.mixedWeight() : 1).toArray();
        return DenseLogistic.train(x.toArray(float[][]::new), y.stream().mapToInt(Integer::intValue).toArray(), 3, weights, h.settings());
    }

    void run(int outerFolds) {
        List<Integer> themeHeads = List.of(0, 1, 2, 3, 4, 5), sentimentHeads = List.of(0, 1, 2, 3, 4, 6, 7);
        String[] themeNames = {"as now (standard head, grid 7×6×7)", "wider thresholds (7×10×11)", "head chosen + wider thresholds",
            "head chosen + wider + per-theme thresholds", "as now + per-theme thresholds"};
        double[] themeDev = new double[themeNames.length];
        List<Scores> themeTest = new ArrayList<>();
        List<List<String>> themeChosen = new ArrayList<>();
        for (String ignored : themeNames) {
            themeTest.add(new Scores(p.topics));
            themeChosen.add(new ArrayList<>());
        }
        String[] sentimentNames = {"as now (standard head, nb × dense × mixed 1…1.5)", "mixed boost up to 2", "head chosen, mixed boost up to 2"};
        double[] sentimentDev = new double[sentimentNames.length];
        int[][] sentimentTest = new int[sentimentNames.length][4];
        List<List<String>> sentimentChosen = new ArrayList<>();
        for (String ignored : sentimentNames) {
            sentimentChosen.add(new ArrayList<>());
        }
        for (int k = 0; k < outerFolds; k++) {
            long start = System.nanoTime();
            List<Integer> train = p.folds.train(k), test = p.folds.test(k), inner = p.folds.innerTrain(k), dev = p.folds.development(k);
            EmbeddingProtocol.ThemeParts devM = p.themeParts("themes-" + k + "-dev", inner, dev);
            EmbeddingProtocol.ThemeParts testM = p.themeParts("themes-" + k + "-test", train, test);
            boolean[][] devGold = gold(dev);
            List<Set<String>> testGoldSets = p.gold(test);
            double[][][][] devQ = new double[heads.size()][][][], testQ = new double[heads.size()][][][];
            for (int h : themeHeads) {
                devQ[h] = blended(devM.probs(), p.denseProbs(themeHead(inner, heads.get(h)), dev));
                testQ[h] = blended(testM.probs(), p.denseProbs(themeHead(train, heads.get(h)), test));
            }
            List<List<Rule>> families = List.of(grid(List.of(0), HonestProtocol.COMMON, HonestProtocol.RARE),
                    grid(List.of(0), WIDE_COMMON, WIDE_RARE), grid(themeHeads, WIDE_COMMON, WIDE_RARE));
            Rule[] bests = new Rule[families.size()];
            for (int f = 0; f < families.size(); f++) {
                Rule best = Folds.best(families.get(f), r -> objective(counts(devQ[r.head()][WEIGHTS.indexOf(r.weight())], devGold,
                        thresholds(devM.frequent(), r.common(), r.rare()))));
                bests[f] = best;
                double[] devTh = thresholds(devM.frequent(), best.common(), best.rare());
                themeDev[f] += objective(counts(devQ[best.head()][WEIGHTS.indexOf(best.weight())], devGold, devTh)) / outerFolds;
                add(themeTest.get(f), testGoldSets, testQ[best.head()][WEIGHTS.indexOf(best.weight())],
                        thresholds(testM.frequent(), best.common(), best.rare()));
                themeChosen.get(f).add(heads.get(best.head()).name() + " " + best.weight() + " " + best.common() + "/" + best.rare());
            }
            for (int f = 3; f < 5; f++) {
                Rule base = bests[f == 3 ? 2 : 0];
                double[][] dq = devQ[base.head()][WEIGHTS.indexOf(base.weight())];
                // per-theme thresholds are per topic, not per common/rare: start from the development fold's split
                double[] th = perTheme(dq, devGold, thresholds(devM.frequent(), base.common(), base.rare()));
                themeDev[f] += objective(counts(dq, devGold, th)) / outerFolds;
                double[][] tq = testQ[base.head()][WEIGHTS.indexOf(base.weight())];
                add(themeTest.get(f), testGoldSets, tq, th);
                themeChosen.get(f).add(Arrays.toString(th));
            }
            // sentiment
            List<Sentiment> devSG = p.sentimentGold(dev), testSG = p.sentimentGold(test);
            ArrayList<double[][]> devMaxent = p.maxentSentiment("sentiment-" + k + "-dev", inner, dev);
            ArrayList<double[][]> testMaxent = p.maxentSentiment("sentiment-" + k + "-test", train, test);
            List<List<double[][]>> devS = new ArrayList<>(), testS = new ArrayList<>();
            for (int h = 0; h < heads.size(); h++) {
                devS.add(sentimentHeads.contains(h) ? p.sentimentParts(devMaxent, sentimentHead(inner, heads.get(h)), dev) : null);
                testS.add(sentimentHeads.contains(h) ? p.sentimentParts(testMaxent, sentimentHead(train, heads.get(h)), test) : null);
            }
            List<Double> mixedNow = EmbeddingProtocol.MIXED_BOOST, mixedWide = List.of(1.0, 1.15, 1.3, 1.5, 1.75, 2.0);
            List<List<int[]>> sFamilies = List.of(sentimentGrid(List.of(0), mixedNow), sentimentGrid(List.of(0), mixedWide),
                    sentimentGrid(sentimentHeads, mixedWide));
            for (int f = 0; f < sFamilies.size(); f++) {
                int[] best = Folds.best(sFamilies.get(f), r -> sentimentCounts(devS.get(r[0]), devSG, r)[0]);
                sentimentDev[f] += (double) sentimentCounts(devS.get(best[0]), devSG, best)[0] / devSG.size() / outerFolds;
                int[] c = sentimentCounts(testS.get(best[0]), testSG, best);
                for (int j = 0; j < 4; j++) {
                    sentimentTest[f][j] += c[j];
                }
                sentimentChosen.get(f).add(heads.get(best[0]).name() + " " + rule(best));
            }
            System.out.printf("fold %d done, %.0f s%n", k, (System.nanoTime() - start) / 1e9);
        }
        System.out.println("== head experiments (" + SentenceEmbedding.MODEL + "), " + outerFolds + " folds, min development positives for a per-theme threshold "
                + MIN_DEV_POSITIVES);
        for (int f = 0; f < themeNames.length; f++) {
            System.out.printf("themes %-45s dev objective %.4f | test %s | %s%n", themeNames[f], themeDev[f], themeTest.get(f).summary(),
                    f >= 3 ? "(per-theme thresholds)" : themeChosen.get(f));
        }
        for (int f = 0; f < sentimentNames.length; f++) {
            int[] c = sentimentTest[f];
            System.out.printf("sentiment %-50s dev accuracy %.4f | test accuracy %.3f (mixed recall %.2f) | %s%n", sentimentNames[f],
                    sentimentDev[f], (double) c[0] / c[1], (double) c[2] / c[3], sentimentChosen.get(f));
        }
        for (int f = 3; f < 5; f++) {
            System.out.println("per-theme thresholds, " + themeNames[f] + ": " + themeChosen.get(f));
        }
    }

    /**
     * The application's theme rule with the embeddings (head, blend weight, wide thresholds, then per-theme thresholds),
     * honest: chosen per fold on its development fold, scored on its test fold; then the one choice best on all development
     * folds together (what the application fixes, printed per topic), scored on the test folds ("old protocol"). Prints
     * the themes {@code product:} line.
     */
    void productThemes(int outerFolds) {
        List<Integer> themeHeads = List.of(0, 1, 2, 3, 4, 5);
        Scores honest = new Scores(p.topics), fixed = new Scores(p.topics);
        List<double[][][][]> devQs = new ArrayList<>(), testQs = new ArrayList<>();
        List<boolean[][]> devGolds = new ArrayList<>();
        List<Set<String>> devFrequents = new ArrayList<>();
        List<List<Set<String>>> testGolds = new ArrayList<>();
        List<String> chosen = new ArrayList<>();
        List<Rule> family = grid(themeHeads, WIDE_COMMON, WIDE_RARE);
        for (int k = 0; k < outerFolds; k++) {
            List<Integer> train = p.folds.train(k), test = p.folds.test(k), inner = p.folds.innerTrain(k), dev = p.folds.development(k);
            EmbeddingProtocol.ThemeParts devM = p.themeParts("themes-" + k + "-dev", inner, dev);
            EmbeddingProtocol.ThemeParts testM = p.themeParts("themes-" + k + "-test", train, test);
            boolean[][] devGold = gold(dev);
            double[][][][] devQ = new double[heads.size()][][][], testQ = new double[heads.size()][][][];
            for (int h : themeHeads) {
                devQ[h] = blended(devM.probs(), p.denseProbs(themeHead(inner, heads.get(h)), dev));
                testQ[h] = blended(testM.probs(), p.denseProbs(themeHead(train, heads.get(h)), test));
            }
            Rule best = Folds.best(family, r -> objective(counts(devQ[r.head()][WEIGHTS.indexOf(r.weight())], devGold,
                    thresholds(devM.frequent(), r.common(), r.rare()))));
            double[] th = perTheme(devQ[best.head()][WEIGHTS.indexOf(best.weight())], devGold,
                    thresholds(devM.frequent(), best.common(), best.rare()));
            add(honest, p.gold(test), testQ[best.head()][WEIGHTS.indexOf(best.weight())], th);
            chosen.add(heads.get(best.head()).name() + " w" + best.weight());
            devQs.add(devQ);
            testQs.add(testQ);
            devGolds.add(devGold);
            devFrequents.add(devM.frequent());
            testGolds.add(p.gold(test));
            System.out.printf("product themes fold %d: %s %.2f/%.2f, per-theme %s%n", k, chosen.getLast(), best.common(), best.rare(),
                    Arrays.toString(th));
        }
        Rule pooled = Folds.best(family, r -> {
            double sum = 0;
            for (int f = 0; f < devQs.size(); f++) {
                sum += objective(counts(devQs.get(f)[r.head()][WEIGHTS.indexOf(r.weight())], devGolds.get(f),
                        thresholds(devFrequents.get(f), r.common(), r.rare())));
            }
            return sum;
        });
        int w = WEIGHTS.indexOf(pooled.weight());
        double[] th = thresholds(devFrequents.get(0), pooled.common(), pooled.rare());
        int[] positives = new int[th.length];
        devGolds.forEach(g -> {
            for (boolean[] row : g) {
                for (int t = 0; t < th.length; t++) {
                    positives[t] += row[t] ? 1 : 0;
                }
            }
        });
        for (int pass = 0; pass < 2; pass++) {
            for (int t = 0; t < th.length; t++) {
                if (positives[t] < MIN_DEV_POSITIVES * devGolds.size()) {
                    continue;
                }
                double bestT = th[t], bestScore = -1;
                for (double candidate : PER_THEME) {
                    th[t] = candidate;
                    double sum = 0;
                    for (int f = 0; f < devQs.size(); f++) {
                        sum += objective(counts(devQs.get(f)[pooled.head()][w], devGolds.get(f), th));
                    }
                    if (sum > bestScore + 1e-9) {
                        bestT = candidate;
                        bestScore = sum;
                    }
                }
                th[t] = bestT;
            }
        }
        for (int f = 0; f < testQs.size(); f++) {
            add(fixed, testGolds.get(f), testQs.get(f)[pooled.head()][w], th);
        }
        System.out.printf("one choice for the application, best on all development folds together: head %s, weight %.2f, %.2f/%.2f, then per topic:%n",
                heads.get(pooled.head()).name(), pooled.weight(), pooled.common(), pooled.rare());
        for (int t = 0; t < th.length; t++) {
            System.out.printf("  %-58s %.2f%n", p.topics.get(t), th[t]);
        }
        // per theme code of the application: the threshold of its benchmark topic with the most development rows
        Taxonomy taxonomy = new Taxonomy();
        java.util.Map<String, Integer> topicOfCode = new java.util.LinkedHashMap<>();
        for (int t = 0; t < th.length; t++) {
            int topic = t;
            taxonomy.codeOfV6Topic(p.topics.get(t)).ifPresent(code -> topicOfCode.merge(code, topic,
                    (a, b) -> positives[a] >= positives[b] ? a : b));
        }
        StringBuilder codes = new StringBuilder();
        topicOfCode.forEach((code, t) -> codes.append(String.format(java.util.Locale.ROOT, "\"%s\", %.2f, ", code, th[t])));
        System.out.println("per code (Map.of arguments): " + codes);
        System.out.printf("product: themes micro-F1 %.3f macro-F1 %.3f (maxent + embeddings blend, per-theme thresholds, honest, chosen on development folds: %s)"
                        + " | old protocol (fixed %s w%.2f, per-theme thresholds) micro-F1 %.3f macro-F1 %.3f%n", honest.micro()[2], honest.macro()[2],
                String.join(", ", chosen), heads.get(pooled.head()).name(), pooled.weight(), fixed.micro()[2], fixed.macro()[2]);
    }

    private void add(Scores into, List<Set<String>> gold, double[][] q, double[] thresholds) {
        for (int i = 0; i < q.length; i++) {
            Set<String> predicted = new HashSet<>();
            for (int t = 0; t < thresholds.length; t++) {
                if (q[i][t] >= thresholds[t]) {
                    predicted.add(p.topics.get(t));
                }
            }
            into.add(gold.get(i), predicted);
        }
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

    /**
     * Sentiment heads beyond the logistic regression (section {@code head-mlp}): class-balanced weights (each class
     * weighted n / (3 n_c)) and a one-hidden-layer perceptron ({@link Mlp}), each family chosen per fold with the blend
     * (nb × dense × mixed boost 1…1.5) on the development fold by accuracy, scored on the test fold.
     */
    void mlp(int outerFolds) {
        record SentimentHead(String name, Mlp.Settings mlp, boolean balanced) {
        }
        List<SentimentHead> sHeads = List.of(new SentimentHead("logistic (as now)", null, false),
                new SentimentHead("logistic, class-balanced", null, true),
                new SentimentHead("mlp h64 e10 l2 1e-4", new Mlp.Settings(64, 10, 1e-3, 1e-4, 32, 42), false),
                new SentimentHead("mlp h64 e20 l2 1e-3", new Mlp.Settings(64, 20, 1e-3, 1e-3, 32, 42), false),
                new SentimentHead("mlp h64 e10 l2 1e-4, class-balanced", new Mlp.Settings(64, 10, 1e-3, 1e-4, 32, 42), true));
        List<List<Integer>> families = List.of(List.of(0), List.of(1), List.of(2, 3), List.of(4), List.of(0, 1, 2, 3, 4));
        String[] names = {"logistic (as now)", "logistic, class-balanced", "mlp (h64 e10 1e-4 | e20 1e-3)", "mlp, class-balanced",
            "any of these"};
        double[] dev = new double[families.size()];
        int[][] test = new int[families.size()][4];
        List<List<String>> chosen = new ArrayList<>();
        families.forEach(f -> chosen.add(new ArrayList<>()));
        for (int k = 0; k < outerFolds; k++) {
            long start = System.nanoTime();
            List<Integer> train = p.folds.train(k), testRows = p.folds.test(k), inner = p.folds.innerTrain(k), devRows = p.folds.development(k);
            List<Sentiment> devSG = p.sentimentGold(devRows), testSG = p.sentimentGold(testRows);
            ArrayList<double[][]> devMaxent = p.maxentSentiment("sentiment-" + k + "-dev", inner, devRows);
            ArrayList<double[][]> testMaxent = p.maxentSentiment("sentiment-" + k + "-test", train, testRows);
            List<List<double[][]>> devS = new ArrayList<>(), testS = new ArrayList<>();
            for (SentimentHead h : sHeads) {
                devS.add(p.sentimentParts(devMaxent, head(inner, h.mlp(), h.balanced()), devRows));
                testS.add(p.sentimentParts(testMaxent, head(train, h.mlp(), h.balanced()), testRows));
            }
            for (int f = 0; f < families.size(); f++) {
                int[] best = Folds.best(sentimentGrid(families.get(f), EmbeddingProtocol.MIXED_BOOST),
                        r -> sentimentCounts(devS.get(r[0]), devSG, r)[0]);
                dev[f] += (double) sentimentCounts(devS.get(best[0]), devSG, best)[0] / devSG.size() / outerFolds;
                int[] c = sentimentCounts(testS.get(best[0]), testSG, best);
                for (int j = 0; j < 4; j++) {
                    test[f][j] += c[j];
                }
                chosen.get(f).add(sHeads.get(best[0]).name() + " " + rule(best));
            }
            System.out.printf("head-mlp fold %d done, %.0f s%n", k, (System.nanoTime() - start) / 1e9);
        }
        System.out.println("== sentiment heads (" + SentenceEmbedding.MODEL + "), " + outerFolds + " folds");
        for (int f = 0; f < families.size(); f++) {
            int[] c = test[f];
            System.out.printf("sentiment %-40s dev accuracy %.4f | test accuracy %.3f (mixed recall %.2f) | %s%n", names[f], dev[f],
                    (double) c[0] / c[1], (double) c[2] / c[3], chosen.get(f));
        }
    }

    /** A sentiment head trained on the rows' embeddings: the logistic regression ({@code mlp} null) or the perceptron. */
    private java.util.function.Function<float[], double[]> head(List<Integer> rows, Mlp.Settings mlp, boolean balanced) {
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
        double[] weights = null;
        if (balanced) {
            int[] counts = new int[3];
            for (int c : labels) {
                counts[c]++;
            }
            weights = Arrays.stream(labels).mapToDouble(c -> (double) labels.length / (3.0 * counts[c])).toArray();
        }
        float[][] xs = x.toArray(float[][]::new);
        if (mlp == null) {
            DenseLogistic model = DenseLogistic.train(xs, labels, 3, weights, DenseLogistic.Settings.STANDARD);
            return model::probabilities;
        }
        Mlp model = Mlp.train(xs, labels, 3, weights, mlp);
        return model::probabilities;
    }

    static final List<Double> NB = HonestProtocol.WEIGHTS, DENSE = EmbeddingProtocol.DENSE_SENTIMENT;

    /** Sentiment rules as {head, nb index, dense index, mixed boost × 100}. */
    static List<int[]> sentimentGrid(List<Integer> heads, List<Double> mixed) {
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

    static String rule(int[] r) {
        return String.format("nb%.2f w%.2f m%.2f", NB.get(r[1]), DENSE.get(r[2]), r[3] / 100.0);
    }

    /** {right, total, mixed right, mixed total}. */
    static int[] sentimentCounts(List<double[][]> parts, List<Sentiment> gold, int[] r) {
        Blend blend = new Blend(0, 0, 0, NB.get(r[1]), DENSE.get(r[2]), r[3] / 100.0);
        int[] counts = new int[4];
        for (int i = 0; i < gold.size(); i++) {
            double[][] q = parts.get(i);
            boolean ok = blend.sentiment(q[0], q[1], q[2]) == gold.get(i);
            counts[0] += ok ? 1 : 0;
            counts[1]++;
            if (gold.get(i) == Sentiment.MIXED) {
                counts[2] += ok ? 1 : 0;
                counts[3]++;
            }
        }
        return counts;
    }
}
