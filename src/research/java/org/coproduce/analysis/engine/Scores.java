package org.coproduce.analysis.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Counts true/false positives and false negatives per label; micro and macro precision, recall, F1. */
final class Scores {

    private final List<String> labels;
    private final Map<String, int[]> counts = new LinkedHashMap<>();

    Scores(List<String> labels) {
        this.labels = labels;
        labels.forEach(label -> counts.put(label, new int[3]));
    }

    void add(Set<String> gold, Set<String> predicted) {
        for (String label : labels) {
            boolean g = gold.contains(label);
            boolean p = predicted.contains(label);
            int[] c = counts.get(label);
            if (g && p) {
                c[0]++;
            } else if (p) {
                c[1]++;
            } else if (g) {
                c[2]++;
            }
        }
    }

    double[] micro() {
        int tp = 0, fp = 0, fn = 0;
        for (int[] c : counts.values()) {
            tp += c[0];
            fp += c[1];
            fn += c[2];
        }
        return prf(tp, fp, fn);
    }

    double[] macro() {
        double p = 0, r = 0, f = 0;
        for (String label : labels) {
            double[] s = of(label);
            p += s[0];
            r += s[1];
            f += s[2];
        }
        int n = labels.size();
        return new double[] {p / n, r / n, f / n};
    }

    double[] of(String label) {
        int[] c = counts.get(label);
        return prf(c[0], c[1], c[2]);
    }

    int support(String label) {
        int[] c = counts.get(label);
        return c[0] + c[2];
    }

    static double[] prf(int tp, int fp, int fn) {
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new double[] {p, r, f};
    }

    String summary() {
        double[] mi = micro();
        double[] ma = macro();
        return String.format("micro P %.3f R %.3f F1 %.3f | macro P %.3f R %.3f F1 %.3f",
                mi[0], mi[1], mi[2], ma[0], ma[1], ma[2]);
    }
}
