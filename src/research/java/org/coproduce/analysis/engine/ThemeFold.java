package org.coproduce.analysis.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One outer fold's theme data for the head experiments: the development gold and common themes, the test gold and
 * common themes, and per head (computed on first use, then kept) the blended probabilities on both
 * ({@link HeadExperiments#blended(ProtocolFold, HeadExperiments.Head)}).
 */
final class ThemeFold {

    final ProtocolFold fold;
    final boolean[][] devGold;
    final Set<String> devFrequent, testFrequent;
    final List<Set<String>> testGold;
    private final HeadExperiments x;
    private final Map<Integer, double[][][][]> q = new HashMap<>();

    ThemeFold(HeadExperiments x, ProtocolFold fold) {
        this.x = x;
        this.fold = fold;
        devGold = x.gold(fold.dev());
        devFrequent = fold.devThemes().frequent();
        testFrequent = fold.testThemes().frequent();
        testGold = fold.testGold();
    }

    /** The head's blended probabilities on the development rows at the rule's weight. */
    double[][] dev(HeadExperiments.Rule r) {
        return q(r.head())[0][HeadExperiments.WEIGHTS.indexOf(r.weight())];
    }

    double[][] test(HeadExperiments.Rule r) {
        return q(r.head())[1][HeadExperiments.WEIGHTS.indexOf(r.weight())];
    }

    private double[][][][] q(int head) {
        return q.computeIfAbsent(head, h -> x.blended(fold, x.heads.get(h)));
    }

    /** The rule's development objective with its common / rare threshold pair. */
    double devObjective(HeadExperiments.Rule r) {
        return HeadExperiments.objective(HeadExperiments.counts(dev(r), devGold, x.thresholds(devFrequent, r.common(), r.rare())));
    }
}
