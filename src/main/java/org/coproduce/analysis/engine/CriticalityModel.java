package org.coproduce.analysis.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Suggested criticality 0…5, learnt from the phase-1 coders' criticality −5 (highly critical) …
 * +5 (highly positive). Mapping: positive or neutral comments (0…+5) are 0; a critical comment −n
 * becomes n, capped at 5. So 0 = positive/neutral, 1 = mild criticism, 3 = clearly critical,
 * 5 = severely critical (the data has no −5, so 5 is only reached through safeguarding).
 * <p>
 * Ordinal: one binary model per step "at least k" (k = 1…4); the suggestion is read from the step
 * probabilities by {@link Decision}. A single multi-class model drowned in the 82 % of non-critical
 * comments and answered 0 for everything. Thread-safe.
 */
public final class CriticalityModel {

    public static final int MAX = 5;
    private static final ThemeTraining TRAINING = new ThemeTraining("MAXENT_QN", 0.1, Integer.getInteger("criticality.iterations", 30), 0.5, 0.5, 4, true);
    private final ThemeModel steps;

    CriticalityModel(ThemeModel steps) {
        this.steps = steps;
    }

    public static int fromPhase1(int criticality) {
        return Math.min(MAX, Math.max(0, -criticality));
    }

    /** Examples labelled with the level 0…5 as their single label. */
    public static CriticalityModel train(List<Example> examples) {
        List<Example> stepped = examples.stream()
                .map(e -> new Example(e.features(), steps(Integer.parseInt(e.labels().iterator().next()))))
                .toList();
        return new CriticalityModel(ThemeModel.train(stepped, STEPS, TRAINING));
    }

    static Set<String> steps(int level) {
        Set<String> steps = new HashSet<>();
        for (int k = 1; k <= level; k++) {
            steps.add(String.valueOf(k));
        }
        return steps;
    }

    Map<String, Double> stepProbabilities(String[] features) {
        return steps.probabilities(features);
    }

    byte[] toBytes() {
        return steps.toBytes();
    }

    /**
     * How a level is read from the step probabilities (issue 18, chosen on the development folds of the honest
     * protocol, docs/analysis.md "Criticality"): the steps of the maxent and embedding models blended with
     * {@code weight} (0: maxent alone), then the level that maximises P(within ±1) + {@code lambda} × P(exact) under
     * the class distribution they imply. It replaced the rounded expected level (Σ P(≥k)), which under-rated.
     */
    public record Decision(double weight, double lambda) {
        /** Maxent alone: λ = 2 (the median of the five development folds' choices 1, 2, 2, 1, 2). */
        public static final Decision MAXENT = new Decision(0, 2);
        /**
         * With the embeddings (COPRODUCE_EMBEDDINGS=true): bge-small-en-v1.5 weight 0.6 (all five development folds),
         * λ = 1 (the median of 1, 0.5, 0.5, 1, 2); all-MiniLM-L6-v2 weight 0.5, λ = 0.5 (the one choice best on all five development
         * folds together, analysis-2026.12-7; the folds chose w 0.5 on all five, λ 1, 0.5, 0.5, 0.5, 1; before λ 1).
         */
        public static final Decision BLEND = SentenceEmbedding.ENCODER == SentenceEmbedding.Encoder.MINILM
                ? new Decision(0.5, 0.5) : new Decision(0.6, 1);
    }

    public static final List<String> STEPS = List.of("1", "2", "3", "4");

    /** The level from the maxent model alone ({@link Decision#MAXENT}). */
    public int predict(String[] features) {
        return level(stepArray(steps.probabilities(features)), null, Decision.MAXENT);
    }

    /** The level from the maxent model blended with the embedding model's step probabilities ({@link Decision#BLEND}). */
    int predict(String[] features, Map<String, Double> denseSteps) {
        return level(stepArray(steps.probabilities(features)), stepArray(denseSteps), Decision.BLEND);
    }

    static double[] stepArray(Map<String, Double> steps) {
        return STEPS.stream().mapToDouble(s -> steps.getOrDefault(s, 0.0)).toArray();
    }

    /**
     * The level maximising P(within ±1) + λ P(exact), P(level l) = P(≥l) − P(≥l+1) from the blended step
     * probabilities made non-increasing ({@code dense} null: maxent alone).
     */
    static int level(double[] maxent, double[] dense, Decision decision) {
        int n = maxent.length;
        double[] atLeast = new double[n + 2];
        atLeast[0] = 1;
        for (int k = 1; k <= n; k++) {
            double p = dense == null ? maxent[k - 1] : Blend.mix(maxent[k - 1], dense[k - 1], decision.weight());
            atLeast[k] = Math.min(atLeast[k - 1], p);
        }
        int best = 0;
        double bestValue = -1;
        for (int level = 0; level <= n; level++) {
            double value = decision.lambda() * (atLeast[level] - atLeast[level + 1]);
            for (int l = Math.max(0, level - 1); l <= Math.min(n, level + 1); l++) {
                value += atLeast[l] - atLeast[l + 1];
            }
            if (value > bestValue) {
                bestValue = value;
                best = level;
            }
        }
        return Math.min(MAX, best);
    }
}
