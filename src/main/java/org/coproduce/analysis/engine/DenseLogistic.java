package org.coproduce.analysis.engine;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Random;

/**
 * Multinomial logistic regression on dense vectors (sentence embeddings), plain Java: features
 * standardised with the training rows' mean and deviation, L2-regularised cross-entropy minimised
 * by mini-batch Adam for a fixed number of epochs over a shuffle from a fixed seed, so training is
 * deterministic. Each example may carry a weight (rare positives count more). Immutable once
 * trained, so one instance may be shared between threads.
 */
public final class DenseLogistic {

    public record Settings(double l2, int epochs, double learningRate, int batch) {
        public static final Settings STANDARD = new Settings(1e-3, 12, 0.003, 32);
    }

    private final Standardisation standardisation;
    /** weights[class][dimension], the bias last. */
    private final double[][] weights;

    private DenseLogistic(Standardisation standardisation, double[][] weights) {
        this.standardisation = standardisation;
        this.weights = weights;
    }

    public int classes() {
        return weights.length;
    }

    /** Trains on rows {@code x} with classes {@code y} (0…classes−1) and example weights (null: all 1). */
    public static DenseLogistic train(float[][] x, int[] y, int classes, double[] exampleWeights, Settings settings) {
        int n = x.length, d = x[0].length;
        Standardisation standardisation = Standardisation.of(x);
        double[][] z = new double[n][];
        for (int i = 0; i < n; i++) {
            z[i] = standardisation.apply(x[i]);
        }
        double[][] w = new double[classes][d + 1], g = new double[classes][d + 1];
        Adam adam = new Adam(w, settings.learningRate(), settings.l2());
        int[] order = Adam.identity(n);
        Random random = new Random(17);
        double[] p = new double[classes];
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            Adam.shuffle(order, random);
            for (int start = 0; start < n; start += settings.batch()) {
                int end = Math.min(n, start + settings.batch());
                for (double[] row : g) {
                    java.util.Arrays.fill(row, 0);
                }
                double total = 0;
                for (int b = start; b < end; b++) {
                    int i = order[b];
                    double weight = exampleWeights == null ? 1 : exampleWeights[i];
                    softmax(logits(w, z[i], p));
                    for (int c = 0; c < classes; c++) {
                        double err = weight * (p[c] - (y[i] == c ? 1 : 0));
                        accumulate(g[c], err, z[i]);
                    }
                    total += weight;
                }
                adam.step(w, g, total);
            }
        }
        return new DenseLogistic(standardisation, w);
    }

    /** {@code out[c]} = bias of row c + row c · z, for a matrix whose last column is the bias; returns {@code out}. */
    static double[] logits(double[][] w, double[] z, double[] out) {
        int d = z.length;
        for (int c = 0; c < w.length; c++) {
            double s = w[c][d];
            double[] wc = w[c];
            for (int j = 0; j < d; j++) {
                s += wc[j] * z[j];
            }
            out[c] = s;
        }
        return out;
    }

    /** Logits to probabilities, in place. */
    static void softmax(double[] p) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : p) {
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int c = 0; c < p.length; c++) {
            p[c] = Math.exp(p[c] - max);
            sum += p[c];
        }
        for (int c = 0; c < p.length; c++) {
            p[c] /= sum;
        }
    }

    /** A gradient row: {@code g} += {@code err} × (z, 1), the bias last. */
    static void accumulate(double[] g, double err, double[] z) {
        int d = z.length;
        for (int j = 0; j < d; j++) {
            g[j] += err * z[j];
        }
        g[d] += err;
    }

    /** The probability of each class. */
    public double[] probabilities(float[] x) {
        double[] p = logits(weights, standardisation.apply(x), new double[weights.length]);
        softmax(p);
        return p;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(weights.length);
        standardisation.write(out);
        for (double[] row : weights) {
            ModelBytes.writeDoubles(out, row);
        }
    }

    static DenseLogistic read(DataInputStream in) throws IOException {
        int classes = in.readInt();
        Standardisation standardisation = Standardisation.read(in);
        double[][] w = new double[classes][standardisation.dimensions() + 1];
        for (double[] row : w) {
            ModelBytes.readDoubles(in, row);
        }
        return new DenseLogistic(standardisation, w);
    }

    byte[] toBytes() {
        return ModelBytes.of(this::write);
    }

    static DenseLogistic fromBytes(byte[] bytes) {
        return ModelBytes.read(bytes, DenseLogistic::read);
    }
}
