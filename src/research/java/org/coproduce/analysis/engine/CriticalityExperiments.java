package org.coproduce.analysis.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Criticality variants under the honest protocol (issue 18): ways of turning the ordinal step probabilities
 * of the maxent and embedding models into a level, each with its parameters chosen on the development fold
 * of every outer fold, then scored on the test fold. Prints, per variant and objective, the mean development
 * objective (what a choice between variants may look at) and the test figures (accuracy, within ±1, MAE).
 * Section {@code criticality-experiments}.
 */
final class CriticalityExperiments {

    /** A way of mapping {maxent steps, dense steps} to a level, with one parameter setting. */
    interface Rule {
        int level(double[][] steps);
    }

    record Named(String name, Rule rule) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Double> WEIGHTS = List.of(0.0, 0.25, 0.4, 0.5, 0.6, 0.75, 1.0);
    static final List<Double> OFFSETS = List.of(0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6);
    static final List<Double> CUTS = List.of(0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5);

    static void main(int outerFolds) {
        EmbeddingProtocol.CriticalityData data = EmbeddingProtocol.CriticalityData.load();
        List<List<double[][]>> dev = new ArrayList<>(), test = new ArrayList<>();
        List<List<Integer>> devGold = new ArrayList<>(), testGold = new ArrayList<>();
        for (int k = 0; k < outerFolds; k++) {
            dev.add(data.development(k));
            test.add(data.test(k));
            devGold.add(Folds.pick(data.levels(), data.folds().development(k)));
            testGold.add(Folds.pick(data.levels(), data.folds().test(k)));
        }
        List<Named> expected = new ArrayList<>(), expectedWide = new ArrayList<>(), cuts = new ArrayList<>();
        for (double w : WEIGHTS) {
            for (double o : OFFSETS) {
                Named n = new Named(String.format("expected w%.2f +%.1f", w, o), s -> EmbeddingProtocol.level(s[0], s[1], w, o));
                expectedWide.add(n);
                if (o <= 0.4) {
                    expected.add(n);
                }
            }
            for (double c : CUTS) {
                cuts.add(new Named(String.format("steps w%.2f cut %.2f", w, c), s -> {
                    int level = 0;
                    for (int k = 0; k < s[0].length; k++) {
                        level += Blend.mix(s[0][k], s[1][k], w) >= c ? 1 : 0;
                    }
                    return level;
                }));
            }
        }
        List<Named> bayes = new ArrayList<>();
        for (double w : WEIGHTS) {
            for (double lambda : List.of(0.0, 0.25, 0.5, 1.0, 2.0)) {
                bayes.add(new Named(String.format("bayes w%.2f λ%.2f", w, lambda), s -> bayes(s, w, lambda)));
            }
        }
        List<Named> all = new ArrayList<>(expectedWide);
        all.addAll(cuts);
        record Objective(String name, ToDoubleFunction<double[]> f) {
        }
        List<int[]> floors = data.floors();
        List<List<int[]>> testFloors = new ArrayList<>();
        for (int k = 0; k < outerFolds; k++) {
            testFloors.add(Folds.pick(floors, data.folds().test(k)));
        }
        List<Objective> objectives = List.of(new Objective("accuracy + within±1", c -> c[0] + c[1]),
                new Objective("within±1 + accuracy/2", c -> c[1] + c[0] / 2));
        record Family(String name, List<Named> grid) {
        }
        List<Family> families = List.of(new Family("expected level (as now), offsets 0…0.4", expected),
                new Family("expected level, offsets 0…0.6", expectedWide), new Family("step cuts", cuts),
                new Family("expected or step cuts", all), new Family("bayes (within±1 + λ exact)", bayes),
                new Family("maxent alone: step cuts", cuts.stream().filter(r -> r.name().startsWith("steps w0.00")).toList()),
                new Family("maxent alone: bayes", bayes.stream().filter(r -> r.name().startsWith("bayes w0.00")).toList()),
                new Family("maxent alone: expected, offsets 0…0.6", expectedWide.stream().filter(r -> r.name().startsWith("expected w0.00")).toList()));
        for (Objective objective : objectives) {
            for (Family family : families) {
                double devScore = 0;
                double[] total = new double[3];
                int n = 0;
                List<String> chosen = new ArrayList<>();
                for (int k = 0; k < outerFolds; k++) {
                    List<double[][]> d = dev.get(k);
                    List<Integer> g = devGold.get(k);
                    Named best = Folds.best(family.grid(), r -> objective.f().applyAsDouble(rates(d, g, r.rule())));
                    devScore += objective.f().applyAsDouble(rates(d, g, best.rule())) / outerFolds;
                    double[] c = counts(test.get(k), testGold.get(k), best.rule());
                    for (int j = 0; j < 3; j++) {
                        total[j] += c[j];
                    }
                    n += testGold.get(k).size();
                    chosen.add(best.name());
                }
                System.out.printf("criticality [%s] %-38s dev %.4f | test accuracy %.3f within±1 %.3f MAE %.3f | %s%n",
                        objective.name(), family.name(), devScore, total[0] / n, total[1] / n, total[2] / n, chosen);
                for (int mode = 0; mode < 2; mode++) {
                    double[] f = new double[3];
                    int[][] confusion = new int[6][6];
                    for (int k = 0; k < outerFolds; k++) {
                        int kk = k;
                        Named best = Folds.best(family.grid(), r -> objective.f().applyAsDouble(rates(dev.get(kk), devGold.get(kk), r.rule())));
                        for (int i = 0; i < testGold.get(k).size(); i++) {
                            int p = Math.max(testFloors.get(k).get(i)[mode], Math.min(CriticalityModel.MAX, best.rule().level(test.get(k).get(i))));
                            int g = testGold.get(k).get(i);
                            f[0] += p == g ? 1 : 0;
                            f[1] += Math.abs(p - g) <= 1 ? 1 : 0;
                            f[2] += Math.abs(p - g);
                            confusion[g][p]++;
                        }
                    }
                    System.out.printf("    with the sentiment floor (%s): accuracy %.3f within±1 %.3f MAE %.3f; gold×predicted %s%n",
                            mode == 0 ? "maxent sentiment" : "blended sentiment", f[0] / n, f[1] / n, f[2] / n,
                            java.util.Arrays.deepToString(confusion));
                }
            }
        }
    }

    /**
     * The level that maximises the expected P(within ±1) + λ P(exact) under the class distribution the blended step
     * probabilities imply (P(level l) = P(≥l) − P(≥l+1), the steps made monotone first).
     */
    static int bayes(double[][] s, double w, double lambda) {
        int steps = s[0].length;
        double[] atLeast = new double[steps + 2];
        atLeast[0] = 1;
        for (int k = 1; k <= steps; k++) {
            atLeast[k] = Math.min(atLeast[k - 1], Blend.mix(s[0][k - 1], s[1][k - 1], w));
        }
        double[] q = new double[steps + 1];
        for (int l = 0; l <= steps; l++) {
            q[l] = atLeast[l] - atLeast[l + 1];
        }
        int best = 0;
        double bestValue = -1;
        for (int p = 0; p <= steps; p++) {
            double v = lambda * q[p];
            for (int l = Math.max(0, p - 1); l <= Math.min(steps, p + 1); l++) {
                v += q[l];
            }
            if (v > bestValue) {
                bestValue = v;
                best = p;
            }
        }
        return best;
    }

    static double[] rates(List<double[][]> steps, List<Integer> gold, Rule rule) {
        double[] c = counts(steps, gold, rule);
        for (int j = 0; j < 3; j++) {
            c[j] /= gold.size();
        }
        return c;
    }

    /** {right, within ±1, absolute error}. */
    static double[] counts(List<double[][]> steps, List<Integer> gold, Rule rule) {
        double[] s = new double[3];
        for (int i = 0; i < gold.size(); i++) {
            int p = Math.min(CriticalityModel.MAX, rule.level(steps.get(i)));
            int g = gold.get(i);
            s[0] += p == g ? 1 : 0;
            s[1] += Math.abs(p - g) <= 1 ? 1 : 0;
            s[2] += Math.abs(p - g);
        }
        return s;
    }
}
