package org.coproduce.analysis.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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

    private final float[] mean;
    private final float[] scale;
    /** weights[class][dimension], the bias last. */
    private final double[][] weights;

    private DenseLogistic(float[] mean, float[] scale, double[][] weights) {
        this.mean = mean;
        this.scale = scale;
        this.weights = weights;
    }

    public int classes() {
        return weights.length;
    }

    /** Trains on rows {@code x} with classes {@code y} (0…classes−1) and example weights (null: all 1). */
    public static DenseLogistic train(float[][] x, int[] y, int classes, double[] exampleWeights, Settings settings) {
        int n = x.length, d = x[0].length;
        float[] mean = new float[d], scale = new float[d];
        for (float[] row : x) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j] / n;
            }
        }
        for (float[] row : x) {
            for (int j = 0; j < d; j++) {
                double c = row[j] - mean[j];
                scale[j] += (float) (c * c / n);
            }
        }
        for (int j = 0; j < d; j++) {
            scale[j] = (float) (1 / Math.sqrt(scale[j] + 1e-8));
        }
        double[][] z = new double[n][];
        for (int i = 0; i < n; i++) {
            z[i] = standardise(x[i], mean, scale);
        }
        double[][] w = new double[classes][d + 1], m = new double[classes][d + 1], v = new double[classes][d + 1];
        double[][] g = new double[classes][d + 1];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random random = new Random(17);
        double b1 = 0.9, b2 = 0.999;
        long step = 0;
        double[] p = new double[classes];
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int start = 0; start < n; start += settings.batch()) {
                int end = Math.min(n, start + settings.batch());
                for (double[] row : g) {
                    java.util.Arrays.fill(row, 0);
                }
                double total = 0;
                for (int b = start; b < end; b++) {
                    int i = order[b];
                    double weight = exampleWeights == null ? 1 : exampleWeights[i];
                    softmax(w, z[i], p);
                    for (int c = 0; c < classes; c++) {
                        double err = weight * (p[c] - (y[i] == c ? 1 : 0));
                        double[] gc = g[c];
                        double[] zi = z[i];
                        for (int j = 0; j < d; j++) {
                            gc[j] += err * zi[j];
                        }
                        gc[d] += err;
                    }
                    total += weight;
                }
                step++;
                double lr = settings.learningRate() * Math.sqrt(1 - Math.pow(b2, step)) / (1 - Math.pow(b1, step));
                for (int c = 0; c < classes; c++) {
                    for (int j = 0; j <= d; j++) {
                        double grad = g[c][j] / total + (j < d ? settings.l2() * w[c][j] : 0);
                        m[c][j] = b1 * m[c][j] + (1 - b1) * grad;
                        v[c][j] = b2 * v[c][j] + (1 - b2) * grad * grad;
                        w[c][j] -= lr * m[c][j] / (Math.sqrt(v[c][j]) + 1e-8);
                    }
                }
            }
        }
        return new DenseLogistic(mean, scale, w);
    }

    private static double[] standardise(float[] x, float[] mean, float[] scale) {
        double[] z = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            z[j] = (x[j] - mean[j]) * scale[j];
        }
        return z;
    }

    private static void softmax(double[][] w, double[] z, double[] p) {
        int d = z.length;
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < w.length; c++) {
            double s = w[c][d];
            double[] wc = w[c];
            for (int j = 0; j < d; j++) {
                s += wc[j] * z[j];
            }
            p[c] = s;
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int c = 0; c < w.length; c++) {
            p[c] = Math.exp(p[c] - max);
            sum += p[c];
        }
        for (int c = 0; c < w.length; c++) {
            p[c] /= sum;
        }
    }

    /** The probability of each class. */
    public double[] probabilities(float[] x) {
        double[] p = new double[weights.length];
        softmax(weights, standardise(x, mean, scale), p);
        return p;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(weights.length);
        out.writeInt(mean.length);
        for (int j = 0; j < mean.length; j++) {
            out.writeFloat(mean[j]);
            out.writeFloat(scale[j]);
        }
        for (double[] row : weights) {
            for (double value : row) {
                out.writeDouble(value);
            }
        }
    }

    static DenseLogistic read(DataInputStream in) throws IOException {
        int classes = in.readInt(), d = in.readInt();
        float[] mean = new float[d], scale = new float[d];
        for (int j = 0; j < d; j++) {
            mean[j] = in.readFloat();
            scale[j] = in.readFloat();
        }
        double[][] w = new double[classes][d + 1];
        for (double[] row : w) {
            for (int j = 0; j <= d; j++) {
                row[j] = in.readDouble();
            }
        }
        return new DenseLogistic(mean, scale, w);
    }

    byte[] toBytes() {
        var bytes = new ByteArrayOutputStream();
        try (var out = new DataOutputStream(bytes)) {
            write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static DenseLogistic fromBytes(byte[] bytes) {
        try (var in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
