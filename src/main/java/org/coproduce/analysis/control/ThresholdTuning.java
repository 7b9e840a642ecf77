package org.coproduce.analysis.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses a decision threshold per label from out-of-fold probabilities on the training data
 * (inner cross-validation), so rare themes are not starved by a threshold made for common ones.
 */
final class ThresholdTuning {

    private static final double[] GRID = {0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6};
    private static final int MIN_POSITIVES = 8;

    private ThresholdTuning() {
    }

    static Map<String, Double> tune(List<Example> examples, Collection<String> labels, ThemeTraining training,
            int folds) {
        Map<String, double[]> outOfFold = new HashMap<>();
        labels.forEach(label -> outOfFold.put(label, new double[examples.size()]));
        for (int k = 0; k < folds; k++) {
            List<Example> train = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                if (i % folds != k) {
                    train.add(examples.get(i));
                }
            }
            ThemeModel model = ThemeModel.train(train, labels, training);
            for (int i = k; i < examples.size(); i += folds) {
                int index = i;
                model.probabilities(examples.get(i).features())
                        .forEach((label, p) -> outOfFold.get(label)[index] = p);
            }
        }
        Map<String, Double> thresholds = new HashMap<>();
        for (String label : labels) {
            thresholds.put(label, best(examples, label, outOfFold.get(label), training.threshold()));
        }
        return thresholds;
    }

    private static double best(List<Example> examples, String label, double[] probabilities, double fallback) {
        long positives = examples.stream().filter(e -> e.labels().contains(label)).count();
        if (positives < MIN_POSITIVES) {
            return fallback;
        }
        double best = fallback;
        double bestF1 = -1;
        for (double threshold : GRID) {
            int tp = 0, fp = 0, fn = 0;
            for (int i = 0; i < probabilities.length; i++) {
                boolean gold = examples.get(i).labels().contains(label);
                boolean predicted = probabilities[i] >= threshold;
                tp += gold && predicted ? 1 : 0;
                fp += !gold && predicted ? 1 : 0;
                fn += gold && !predicted ? 1 : 0;
            }
            double f1 = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
            if (f1 > bestF1) {
                bestF1 = f1;
                best = threshold;
            }
        }
        return best;
    }
}
