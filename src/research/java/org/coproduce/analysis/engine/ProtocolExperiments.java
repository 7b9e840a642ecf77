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
    record ThemeRule(double weight, double common, double rare, boolean atLeastOne) {
    }

    record SentimentRule(double naiveBayes, double dense, double mixed, double negative) {
    }

    private final EmbeddingProtocol p = new EmbeddingProtocol();

    static void main(int outerFolds) {
        new ProtocolExperiments().run(outerFolds);
    }

    void run(int outerFolds) {
        List<Double> weights = List.of(0.0, 0.25, 0.4, 0.5, 0.6, 0.75, 1.0);
        List<Double> common = List.of(0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7);
        List<Double> rare = List.of(0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7);
        List<List<ThemeRule>> themeFamilies = List.of(
                grid(weights, HonestProtocol.COMMON, HonestProtocol.RARE, List.of(false)),
                grid(weights, common, rare, List.of(false)),
                grid(weights, HonestProtocol.COMMON, HonestProtocol.RARE, List.of(false, true)),
                grid(weights, common, rare, List.of(false, true)),
                grid(List.of(0.0), HonestProtocol.COMMON, HonestProtocol.RARE, List.of(false, true)),
                grid(List.of(0.0), common, rare, List.of(false, true)));
        String[] themeNames = {"as now (grid 7×6×7)", "wider thresholds", "as now + at least one", "wider + at least one",
            "maxent alone + at least one", "maxent alone, wider + at least one"};
        List<SentimentRule> sentimentNow = new ArrayList<>(), sentimentWide = new ArrayList<>(), sentimentMaxent = new ArrayList<>();
        for (double nb : HonestProtocol.WEIGHTS) {
            for (double d : EmbeddingProtocol.DENSE_SENTIMENT) {
                for (double m : List.of(1.0, 1.15, 1.3, 1.5, 1.75, 2.0)) {
                    for (double n : List.of(0.8, 0.9, 1.0, 1.1, 1.25)) {
                        SentimentRule r = new SentimentRule(nb, d, m, n);
                        sentimentWide.add(r);
                        if (n == 1.0 && m <= 1.5) {
                            sentimentNow.add(r);
                        }
                        if (d == 0) {
                            sentimentMaxent.add(r);
                        }
                    }
                }
            }
        }
        List<List<SentimentRule>> sentimentFamilies = List.of(sentimentNow, sentimentWide, sentimentMaxent);
        String[] sentimentNames = {"as now (nb × dense × mixed)", "+ negative boost, mixed up to 2", "maxent + nb, mixed and negative boosts"};
        double[][] themeDev = new double[themeFamilies.size()][1];
        List<Scores> themeTest = new ArrayList<>();
        themeFamilies.forEach(f -> themeTest.add(new Scores(p.topics)));
        List<List<String>> themeChosen = new ArrayList<>();
        themeFamilies.forEach(f -> themeChosen.add(new ArrayList<>()));
        double[] sentimentDev = new double[sentimentFamilies.size() + 1];
        int[][] sentimentTest = new int[sentimentFamilies.size() + 1][4];
        List<List<String>> sentimentChosen = new ArrayList<>();
        for (int i = 0; i <= sentimentFamilies.size(); i++) {
            sentimentChosen.add(new ArrayList<>());
        }
        for (int k = 0; k < outerFolds; k++) {
            List<Integer> train = p.folds.train(k), test = p.folds.test(k), inner = p.folds.innerTrain(k), dev = p.folds.development(k);
            EmbeddingProtocol.ThemeParts devM = p.themeParts("themes-" + k + "-dev", inner, dev);
            EmbeddingProtocol.ThemeParts testM = p.themeParts("themes-" + k + "-test", train, test);
            List<EmbeddingProtocol.Probs> devD = p.denseProbs(p.dense(inner), dev), testD = p.denseProbs(p.dense(train), test);
            List<Set<String>> devGold = p.gold(dev), testGold = p.gold(test);
            for (int f = 0; f < themeFamilies.size(); f++) {
                ThemeRule best = Folds.best(themeFamilies.get(f), r -> HonestProtocol.objective(
                        themes(devGold, devM.probs(), devD, devM.frequent(), r)));
                themeDev[f][0] += HonestProtocol.objective(themes(devGold, devM.probs(), devD, devM.frequent(), best)) / outerFolds;
                addThemes(themeTest.get(f), testGold, testM.probs(), testD, testM.frequent(), best);
                themeChosen.get(f).add(best.toString());
            }
            // sentiment
            List<double[][]> devS = p.sentimentParts(p.maxentSentiment("sentiment-" + k + "-dev", inner, dev), p.denseSentiment(inner), dev);
            List<double[][]> testS = p.sentimentParts(p.maxentSentiment("sentiment-" + k + "-test", train, test), p.denseSentiment(train), test);
            List<Sentiment> devSG = p.sentimentGold(dev), testSG = p.sentimentGold(test);
            for (int f = 0; f < sentimentFamilies.size(); f++) {
                SentimentRule best = Folds.best(sentimentFamilies.get(f), r -> sentiment(devS, devSG, r)[0]);
                sentimentDev[f] += (double) sentiment(devS, devSG, best)[0] / devSG.size() / outerFolds;
                int[] c = sentiment(testS, testSG, best);
                for (int j = 0; j < 4; j++) {
                    sentimentTest[f][j] += c[j];
                }
                sentimentChosen.get(f).add(best.toString());
            }
            System.out.printf("fold %d done%n", k);
        }
        for (int f = 0; f < themeFamilies.size(); f++) {
            System.out.printf("themes %-40s dev objective %.4f | test %s | %s%n", themeNames[f], themeDev[f][0],
                    themeTest.get(f).summary(), themeChosen.get(f));
        }
        for (int f = 0; f < sentimentFamilies.size(); f++) {
            int[] c = sentimentTest[f];
            System.out.printf("sentiment %-40s dev accuracy %.4f | test accuracy %.3f (mixed recall %.2f) | %s%n", sentimentNames[f],
                    sentimentDev[f], (double) c[0] / c[1], (double) c[2] / c[3], sentimentChosen.get(f));
        }
    }

    static List<ThemeRule> grid(List<Double> weights, List<Double> common, List<Double> rare, List<Boolean> atLeastOne) {
        List<ThemeRule> grid = new ArrayList<>();
        for (boolean one : atLeastOne) {
            for (double w : weights) {
                for (double c : common) {
                    for (double r : rare) {
                        grid.add(new ThemeRule(w, c, r, one));
                    }
                }
            }
        }
        return grid;
    }

    Scores themes(List<Set<String>> gold, List<EmbeddingProtocol.Probs> m, List<EmbeddingProtocol.Probs> d, Set<String> frequent,
            ThemeRule rule) {
        Scores s = new Scores(p.topics);
        addThemes(s, gold, m, d, frequent, rule);
        return s;
    }

    void addThemes(Scores scores, List<Set<String>> gold, List<EmbeddingProtocol.Probs> m, List<EmbeddingProtocol.Probs> d,
            Set<String> frequent, ThemeRule rule) {
        List<String> topics = p.topics;
        for (int i = 0; i < gold.size(); i++) {
            EmbeddingProtocol.Probs pm = m.get(i), pd = d.get(i);
            Set<String> predicted = new HashSet<>();
            int top = 0;
            double topP = -1;
            for (int t = 0; t < topics.size(); t++) {
                double q = Blend.mix(pm.doc()[t], pd.doc()[t], rule.weight());
                for (int s = 0; s < pm.sentences().length; s++) {
                    q = Math.max(q, Blend.mix(pm.sentences()[s][t], pd.sentences()[s][t], rule.weight()));
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

    /** {right, total, mixed right, mixed total}. */
    static int[] sentiment(List<double[][]> parts, List<Sentiment> gold, SentimentRule r) {
        int[] counts = new int[4];
        for (int i = 0; i < gold.size(); i++) {
            double[][] q = parts.get(i);
            int best = 0;
            double bestP = -1;
            for (int s = 0; s < 3; s++) {
                double v = Blend.mix(Blend.mix(q[0][s], q[1][s], r.naiveBayes()), q[2][s], r.dense());
                v *= s == Sentiment.MIXED.ordinal() ? r.mixed() : s == Sentiment.NEGATIVE.ordinal() ? r.negative() : 1;
                if (v > bestP) {
                    bestP = v;
                    best = s;
                }
            }
            boolean ok = Sentiment.values()[best] == gold.get(i);
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
