package org.coproduce.analysis.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.coproduce.analysis.entity.Sentiment;

/**
 * One outer fold k of {@link EmbeddingProtocol}'s honest protocol, the loop every experiment runs: its rows (the
 * models scored on the development fold are trained on {@link #inner}, those scored on the test fold on {@link #train}),
 * their gold labels and the maxent models' cached outputs on them ({@link PartsCache}).
 */
record ProtocolFold(EmbeddingProtocol p, int k, List<Integer> train, List<Integer> test, List<Integer> inner, List<Integer> dev) {

    static ProtocolFold of(EmbeddingProtocol p, int k) {
        Folds f = p.folds;
        return new ProtocolFold(p, k, f.train(k), f.test(k), f.innerTrain(k), f.development(k));
    }

    /** Runs {@code body} on outer folds 0…outerFolds−1, printing each fold's time under {@code name}. */
    static void each(EmbeddingProtocol p, int outerFolds, String name, Consumer<ProtocolFold> body) {
        for (int k = 0; k < outerFolds; k++) {
            long start = System.nanoTime();
            body.accept(of(p, k));
            System.out.printf("%s fold %d done, %.0f s%n", name, k, (System.nanoTime() - start) / 1e9);
        }
    }

    EmbeddingProtocol.ThemeParts devThemes() {
        return p.themeParts("themes-" + k + "-dev", inner, dev);
    }

    EmbeddingProtocol.ThemeParts testThemes() {
        return p.themeParts("themes-" + k + "-test", train, test);
    }

    ArrayList<double[][]> devSentiment() {
        return p.maxentSentiment("sentiment-" + k + "-dev", inner, dev);
    }

    ArrayList<double[][]> testSentiment() {
        return p.maxentSentiment("sentiment-" + k + "-test", train, test);
    }

    List<Set<String>> devGold() {
        return p.gold(dev);
    }

    List<Set<String>> testGold() {
        return p.gold(test);
    }

    List<Sentiment> devSentimentGold() {
        return p.sentimentGold(dev);
    }

    List<Sentiment> testSentimentGold() {
        return p.sentimentGold(test);
    }
}
