package org.coproduce.analysis.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DenseMlpTest {

    private static final DenseMlp.Settings SMALL = new DenseMlp.Settings(16, 40, 0.01, 1e-4, 16, 3, 7);

    /** Label 1 where the first two coordinates have the same sign (XOR): no linear model separates it. */
    private static float[][] xor(int n, int[] y, long seed) {
        Random random = new Random(seed);
        float[][] x = new float[n][6];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 6; j++) {
                x[i][j] = (float) random.nextGaussian();
            }
            y[i] = x[i][0] * x[i][1] > 0 ? 1 : 0;
        }
        return x;
    }

    private static int argmax(double[] p) {
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            best = p[c] > p[best] ? c : best;
        }
        return best;
    }

    @Test
    void learnsWhatNoLinearModelCanDeterministicallyAndSurvivesSerialisation() {
        int[] y = new int[600], testY = new int[200];
        float[][] x = xor(600, y, 1), test = xor(200, testY, 2);
        DenseMlp model = DenseMlp.train(x, y, 2, null, SMALL);
        DenseMlp again = DenseMlp.train(x, y, 2, null, SMALL);
        DenseMlp read = DenseMlp.fromBytes(model.toBytes());
        DenseLogistic linear = DenseLogistic.train(x, y, 2, null, DenseLogistic.Settings.STANDARD);
        int right = 0, linearRight = 0;
        for (int i = 0; i < test.length; i++) {
            double[] p = model.probabilities(test[i]);
            assertEquals(1, p[0] + p[1], 1e-9);
            assertArrayEquals(p, again.probabilities(test[i]), "same data and seeds, same model");
            assertArrayEquals(p, read.probabilities(test[i]), 1e-12);
            right += argmax(p) == testY[i] ? 1 : 0;
            linearRight += argmax(linear.probabilities(test[i])) == testY[i] ? 1 : 0;
        }
        assertTrue(right >= 170, right + " of 200");
        assertTrue(linearRight <= 130, "the linear model cannot: " + linearRight + " of 200");
    }

    @Test
    void multiLabelOutputsAreIndependentProbabilities() {
        int[] y = new int[600], testY = new int[200];
        float[][] x = xor(600, y, 3), test = xor(200, testY, 4);
        double[][] targets = new double[x.length][2];
        for (int i = 0; i < x.length; i++) {
            targets[i][0] = y[i];
            targets[i][1] = x[i][2] > 0 ? 1 : 0;
        }
        DenseMlp model = DenseMlp.trainMultiLabel(x, targets, new double[] {1, 1}, SMALL);
        int right = 0;
        int both = 0;
        for (int i = 0; i < test.length; i++) {
            double[] p = model.probabilities(test[i]);
            right += (p[0] >= 0.5 ? 1 : 0) == testY[i] && (p[1] >= 0.5) == (test[i][2] > 0) ? 1 : 0;
            both += p[0] >= 0.5 && p[1] >= 0.5 ? 1 : 0;
        }
        assertTrue(right >= 160, right + " of 200 with both labels right");
        assertTrue(both >= 30, "both labels likely at once (no softmax could): " + both + " of 200");
        assertArrayEquals(model.probabilities(test[0]), DenseMlp.fromBytes(model.toBytes()).probabilities(test[0]), 1e-12);
    }
}
