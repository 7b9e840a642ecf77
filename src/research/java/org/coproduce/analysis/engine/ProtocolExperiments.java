package org.coproduce.analysis.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.coproduce.analysis.entity.Sentiment;

/**
 * Theme and sentiment variants under the honest protocol of {@link EmbeddingProtocol} (issue 18), on its cached
 * maxent outputs ({@link PartsCache}): every parameter chosen on the development fold, then scored on the test
 * fold. Prints each variant's mean development objective (what a choice between variants may look at) and its
 * test figures. Section {@code protocol-experiments}.
 */
final class ProtocolExperiments {

    /** One theme decision rule: blend weight, thresholds, and whether a story with no theme gets its most likely one. */
    record ThemeRule(double weight, double common, double rare, boolean atLeastOne, double knn) {
    }

    record SentimentRule(double naiveBayes, double dense, double mixed, double negative, double knn) {
    }

    private final EmbeddingProtocol p = new EmbeddingProtocol();
    static final int K = 25;

    /** Unit-length copy of a vector. */
    static float[] unit(float[] v) {
        double n = 0;
        for (float x : v) {
            n += x * x;
        }
        float[] u = new float[v.length];
        for (int j = 0; j < v.length; j++) {
            u[j] = (float) (v[j] / Math.sqrt(n + 1e-12));
        }
        return u;
    }

    /** The K nearest training rows by cosine: {row, similarity} pairs. */
    static int[] nearest(float[] query, float[][] train, double[] sims) {
        float[] q = unit(query);
        double[] all = new double[train.length];
        for (int i = 0; i < train.length; i++) {
            double d = 0;
            for (int j = 0; j < q.length; j++) {
                d += q[j] * train[i][j];
            }
            all[i] = d;
        }
        Integer[] order = new Integer[train.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(all[b], all[a]));
        int[] top = new int[K];
        for (int i = 0; i < K; i++) {
            top[i] = order[i];
            sims[i] = Math.max(0, all[order[i]]);
        }
        return top;
    }

    /** kNN theme probabilities (similarity-weighted share of the K nearest training rows with the topic), per doc and sentence. */
    List<EmbeddingProtocol.Probs> knnThemes(List<Integer> trainRows, List<Integer> rows) {
        float[][] train = trainRows.stream().map(i -> unit(p.docVectors.get(i))).toArray(float[][]::new);
        List<Set<String>> gold = p.gold(trainRows);
        java.util.function.Function<float[], double[]> score = v -> {
            double[] sims = new double[K];
            int[] top = nearest(v, train, sims);
            double[] out = new double[p.topics.size()];
            double total = 1e-9;
            for (int n = 0; n < K; n++) {
                total += sims[n];
                for (int t = 0; t < out.length; t++) {
                    out[t] += gold.get(top[n]).contains(p.topics.get(t)) ? sims[n] : 0;
                }
            }
            for (int t = 0; t < out.length; t++) {
                out[t] /= total;
            }
            return out;
        };
        return rows.parallelStream().map(i -> new EmbeddingProtocol.Probs(score.apply(p.docVectors.get(i)),
                p.sentenceVectors.get(i).stream().map(score).toArray(double[][]::new))).toList();
    }

    /** kNN sentiment (Sentiment order) of the rows with a sentiment. */
    List<double[]> knnSentiment(List<Integer> trainRows, List<Integer> rows) {
        List<Integer> labelled = trainRows.stream().filter(i -> p.benchmark.docs.get(i).row().sentiment() != null).toList();
        float[][] train = labelled.stream().map(i -> unit(p.docVectors.get(i))).toArray(float[][]::new);
        return rows.stream().filter(i -> p.benchmark.docs.get(i).row().sentiment() != null).toList().parallelStream().map(i -> {
            double[] sims = new double[K];
            int[] top = nearest(p.docVectors.get(i), train, sims);
            double[] out = new double[3];
            double total = 1e-9;
            for (int n = 0; n < K; n++) {
                total += sims[n];
                out[SentimentModel.classOf(p.benchmark.docs.get(labelled.get(top[n])).row().sentiment()).ordinal()] += sims[n];
            }
            for (int c = 0; c < 3; c++) {
                out[c] /= total;
            }
            return out;
        }).toList();
    }

    static void main(int outerFolds) {
        new ProtocolExperiments().run(outerFolds);
    }

    void run(int outerFolds) {
        List<Double> weights = List.of(0.0, 0.25, 0.4, 0.5, 0.6, 0.75, 1.0);
        List<Double> common = List.of(0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7);
        List<Double> rare = List.of(0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7);
        List<Double> knn = List.of(0.0, 0.2, 0.33, 0.5);
        List<List<ThemeRule>> themeFamilies = List.of(
                grid(weights, HonestProtocol.COMMON, HonestProtocol.RARE, List.of(false), List.of(0.0)),
                grid(weights, HonestProtocol.COMMON, HonestProtocol.RARE, List.of(false), knn),
                grid(weights, common, rare, List.of(false), knn));
        String[] themeNames = {"as now (grid 7×6×7)", "+ kNN (K=25) weight 0…0.5", "+ kNN, wider thresholds"};
        List<SentimentRule> sentimentNow = new ArrayList<>(), sentimentKnn = new ArrayList<>(), sentimentWide = new ArrayList<>();
        for (double nb : HonestProtocol.WEIGHTS) {
            for (double d : EmbeddingProtocol.DENSE_SENTIMENT) {
                for (double m : List.of(1.0, 1.15, 1.3, 1.5, 1.75, 2.0)) {
                    for (double n : List.of(0.8, 0.9, 1.0, 1.1, 1.25)) {
                        for (double v : knn) {
                            SentimentRule r = new SentimentRule(nb, d, m, n, v);
                            sentimentWide.add(r);
                            if (n == 1.0 && m <= 1.5) {
                                sentimentKnn.add(r);
                                if (v == 0) {
                                    sentimentNow.add(r);
                                }
                            }
                        }
                    }
                }
            }
        }
        List<List<SentimentRule>> sentimentFamilies = List.of(sentimentNow, sentimentKnn, sentimentWide);
        String[] sentimentNames = {"as now (nb × dense × mixed)", "+ kNN (K=25) weight 0…0.5", "+ kNN, negative boost, mixed up to 2"};
        List<Variant.Themes> themeVariants = java.util.Arrays.stream(themeNames).map(n -> new Variant.Themes(n, p.topics)).toList();
        List<Variant.Sentiments> sentimentVariants = java.util.Arrays.stream(sentimentNames).map(Variant.Sentiments::new).toList();
        ProtocolFold.each(p, outerFolds, "protocol experiments", f -> {
            EmbeddingProtocol.ThemeParts devM = f.devThemes(), testM = f.testThemes();
            List<EmbeddingProtocol.Probs> devD = p.denseProbs(p.dense(f.inner()), f.dev()), testD = p.denseProbs(p.dense(f.train()), f.test());
            List<EmbeddingProtocol.Probs> devK = knnThemes(f.inner(), f.dev()), testK = knnThemes(f.train(), f.test());
            List<Set<String>> devGold = f.devGold(), testGold = f.testGold();
            for (int v = 0; v < themeFamilies.size(); v++) {
                ThemeRule best = Folds.best(themeFamilies.get(v), r -> HonestProtocol.objective(
                        themes(devGold, devM.probs(), devD, devK, devM.frequent(), r)));
                themeVariants.get(v).chose(best.toString(), HonestProtocol.objective(themes(devGold, devM.probs(), devD, devK, devM.frequent(), best)));
                addThemes(themeVariants.get(v).scores, testGold, testM.probs(), testD, testK, testM.frequent(), best);
            }
            List<double[][]> devS = withKnn(p.sentimentParts(f.devSentiment(), p.denseSentiment(f.inner()), f.dev()), knnSentiment(f.inner(), f.dev()));
            List<double[][]> testS = withKnn(p.sentimentParts(f.testSentiment(), p.denseSentiment(f.train()), f.test()), knnSentiment(f.train(), f.test()));
            List<Sentiment> devSG = f.devSentimentGold(), testSG = f.testSentimentGold();
            for (int v = 0; v < sentimentFamilies.size(); v++) {
                SentimentRule best = Folds.best(sentimentFamilies.get(v), r -> sentiment(devS, devSG, r)[0]);
                sentimentVariants.get(v).chose(best.toString(), (double) sentiment(devS, devSG, best)[0] / devSG.size());
                sentimentVariants.get(v).add(sentiment(testS, testSG, best));
            }
        });
        themeVariants.forEach(Variant.Themes::print);
        sentimentVariants.forEach(Variant.Sentiments::print);
    }

    static List<ThemeRule> grid(List<Double> weights, List<Double> common, List<Double> rare, List<Boolean> atLeastOne,
            List<Double> knn) {
        List<ThemeRule> grid = new ArrayList<>();
        for (double v : knn) {
            for (boolean one : atLeastOne) {
                for (double w : weights) {
                    for (double c : common) {
                        for (double r : rare) {
                            grid.add(new ThemeRule(w, c, r, one, v));
                        }
                    }
                }
            }
        }
        return grid;
    }

    Scores themes(List<Set<String>> gold, List<EmbeddingProtocol.Probs> m, List<EmbeddingProtocol.Probs> d,
            List<EmbeddingProtocol.Probs> kn, Set<String> frequent, ThemeRule rule) {
        Scores s = new Scores(p.topics);
        addThemes(s, gold, m, d, kn, frequent, rule);
        return s;
    }

    void addThemes(Scores scores, List<Set<String>> gold, List<EmbeddingProtocol.Probs> m, List<EmbeddingProtocol.Probs> d,
            List<EmbeddingProtocol.Probs> kn, Set<String> frequent, ThemeRule rule) {
        List<String> topics = p.topics;
        for (int i = 0; i < gold.size(); i++) {
            EmbeddingProtocol.Probs pm = m.get(i), pd = d.get(i), pk = kn.get(i);
            Set<String> predicted = new HashSet<>();
            int top = 0;
            double topP = -1;
            for (int t = 0; t < topics.size(); t++) {
                double q = Blend.mix(Blend.mix(pm.doc()[t], pd.doc()[t], rule.weight()), pk.doc()[t], rule.knn());
                for (int s = 0; s < pm.sentences().length; s++) {
                    q = Math.max(q, Blend.mix(Blend.mix(pm.sentences()[s][t], pd.sentences()[s][t], rule.weight()), pk.sentences()[s][t],
                            rule.knn()));
                }
                double threshold = frequent.contains(topics.get(t)) ? rule.common() : rule.rare();
                if (q >= threshold) {
                    predicted.add(topics.get(t));
                }
                if (q / threshold > topP) {
                    topP = q / threshold;
                    top = t;
                }
            }
            if (predicted.isEmpty() && rule.atLeastOne()) {
                predicted.add(topics.get(top));
            }
            scores.add(gold.get(i), predicted);
        }
    }

    static List<double[][]> withKnn(List<double[][]> parts, List<double[]> knn) {
        List<double[][]> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            out.add(new double[][] {parts.get(i)[0], parts.get(i)[1], parts.get(i)[2], knn.get(i)});
        }
        return out;
    }

    /** {right, total, mixed right, mixed total}. */
    static int[] sentiment(List<double[][]> parts, List<Sentiment> gold, SentimentRule r) {
        return EmbeddingProtocol.sentimentCounts(gold, i -> {
            double[][] q = parts.get(i);
            int best = 0;
            double bestP = -1;
            for (int s = 0; s < 3; s++) {
                double v = Blend.mix(Blend.mix(Blend.mix(q[0][s], q[1][s], r.naiveBayes()), q[2][s], r.dense()), q[3][s], r.knn());
                v *= s == Sentiment.MIXED.ordinal() ? r.mixed() : s == Sentiment.NEGATIVE.ordinal() ? r.negative() : 1;
                if (v > bestP) {
                    bestP = v;
                    best = s;
                }
            }
            return Sentiment.values()[best];
        });
    }
}
