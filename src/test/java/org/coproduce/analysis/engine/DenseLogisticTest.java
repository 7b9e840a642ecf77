package org.coproduce.analysis.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DenseLogisticTest {

    /** Three classes around three centres in 8 dimensions. */
    static float[][] rows(int n, int[] y, long seed) {
        Random random = new Random(seed);
        float[][] x = new float[n][8];
        for (int i = 0; i < n; i++) {
            y[i] = i % 3;
            for (int j = 0; j < 8; j++) {
                x[i][j] = (float) (random.nextGaussian() * 0.5 + (j == y[i] ? 2 : 0));
            }
        }
        return x;
    }

    @Test
    void learnsSeparableClassesDeterministicallyAndSurvivesSerialisation() {
        int[] y = new int[300];
        float[][] x = rows(300, y, 1);
        DenseLogistic model = DenseLogistic.train(x, y, 3, null, DenseLogistic.Settings.STANDARD);
        DenseLogistic again = DenseLogistic.train(x, y, 3, null, DenseLogistic.Settings.STANDARD);
        int[] testY = new int[90];
        float[][] test = rows(90, testY, 2);
        int right = 0;
        for (int i = 0; i < test.length; i++) {
            double[] p = model.probabilities(test[i]);
            int best = p[0] >= p[1] && p[0] >= p[2] ? 0 : p[1] >= p[2] ? 1 : 2;
            right += best == testY[i] ? 1 : 0;
            assertArrayEquals(p, again.probabilities(test[i]), "same data, same model");
            assertArrayEquals(p, DenseLogistic.fromBytes(model.toBytes()).probabilities(test[i]), 1e-12);
        }
        assertTrue(right >= 85, right + " of 90");
    }

    @Test
    void denseModelsKeepTheirGermanThemesThroughTheModelCacheFormat() {
        int[] y = new int[90];
        float[][] x = rows(90, y, 3);
        List<Set<String>> labels = Arrays.stream(y).mapToObj(c -> Set.of("t" + c)).toList();
        DenseThemeModel themes = DenseThemeModel.train(List.of(x), labels, List.of("t0", "t1", "t2"), 4,
                DenseLogistic.Settings.STANDARD, new DenseMlp.Settings(8, 5, 0.01, 1e-4, 16, 2, 1), false);
        DenseThemeModel logistic = DenseThemeModel.train(List.of(x), labels, List.of("t0", "t1", "t2"), 4,
                DenseLogistic.Settings.STANDARD, false);
        assertTrue(!themes.probabilities(x[0]).equals(logistic.probabilities(x[0])), "the perceptrons are averaged in");
        DenseMlp sentiment = DenseMlp.train(x, y, 3, null, new DenseMlp.Settings(8, 5, 0.01, 1e-4, 16, 2, 1));
        for (DenseThemeModel german : new DenseThemeModel[] {themes, null}) {
            byte[] bytes = ModelBytes.of(new DenseModels(themes, sentiment, german, themes)::write);
            DenseModels read = ModelBytes.read(bytes, DenseModels::read);
            assertTrue(german == null ? read.germanThemes() == null
                    : read.germanThemes().probabilities(x[0]).equals(german.probabilities(x[0])));
            assertArrayEquals(sentiment.probabilities(x[1]), read.sentiment().probabilities(x[1]), 1e-12);
            assertEquals(themes.probabilities(x[2]), read.criticality().probabilities(x[2]));
        }
    }
}
