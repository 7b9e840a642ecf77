package org.coproduce.analysis.engine;

import java.util.Random;

/**
 * A one-hidden-layer perceptron (ReLU, softmax output) on standardised sentence embeddings, trained by mini-batch
 * Adam with L2 and a fixed seed: deterministic, single-threaded. Only an experiment ({@link HeadExperiments#mlp}).
 */
final class Mlp {

    record Settings(int hidden, int epochs, double learningRate, double l2, int batch, long seed) {
        @Override
        public String toString() {
            return "mlp h" + hidden + " e" + epochs + " l2 " + l2;
        }
    }

    private final float[] mean, scale;
    private final double[][] w1, w2;
    private final double[] b1, b2;

    private Mlp(float[] mean, float[] scale, double[][] w1, double[] b1, double[][] w2, double[] b2) {
        this.mean = mean;
        this.scale = scale;
        this.w1 = w1;
        this.b1 = b1;
        this.w2 = w2;
        this.b2 = b2;
    }

    static Mlp train(float[][] x, int[] y, int classes, double[] exampleWeights, Settings s) {
        int n = x.length, d = x[0].length, h = s.hidden();
        float[] mean = new float[d], scale = new float[d];
        for (float[] row : x) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j] / n;
            }
        }
        for (float[] row : x) {
            for (int j = 0; j < d; j++) {
                scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
            }
        }
        for (int j = 0; j < d; j++) {
            scale[j] = (float) (1 / Math.sqrt(scale[j] + 1e-8));
        }
        double[][] z = new double[n][];
        for (int i = 0; i < n; i++) {
            z[i] = standardise(x[i], mean, scale);
        }
        Random random = new Random(s.seed());
        double[][] w1 = new double[h][d], w2 = new double[classes][h];
        double[] b1 = new double[h], b2 = new double[classes];
        double r1 = Math.sqrt(2.0 / d), r2 = Math.sqrt(1.0 / h);
        for (double[] row : w1) {
            for (int j = 0; j < d; j++) {
                row[j] = random.nextGaussian() * r1;
            }
        }
        for (double[] row : w2) {
            for (int j = 0; j < h; j++) {
                row[j] = random.nextGaussian() * r2;
            }
        }
        // Adam moments
        double[][] m1 = new double[h][d], v1 = new double[h][d], m2 = new double[classes][h], v2 = new double[classes][h];
        double[] mb1 = new double[h], vb1 = new double[h], mb2 = new double[classes], vb2 = new double[classes];
        double[][] g1 = new double[h][d], g2 = new double[classes][h];
        double[] gb1 = new double[h], gb2 = new double[classes];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        double[] hidden = new double[h], out = new double[classes], dh = new double[h];
        long t = 0;
        double beta1 = 0.9, beta2 = 0.999;
        for (int epoch = 0; epoch < s.epochs(); epoch++) {
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int tmp = order[i];
                order[i] = order[j];
                order[j] = tmp;
            }
            for (int start = 0; start < n; start += s.batch()) {
                int end = Math.min(n, start + s.batch());
                for (double[] g : g1) {
                    java.util.Arrays.fill(g, 0);
                }
                for (double[] g : g2) {
                    java.util.Arrays.fill(g, 0);
                }
                java.util.Arrays.fill(gb1, 0);
                java.util.Arrays.fill(gb2, 0);
                double total = 0;
                for (int b = start; b < end; b++) {
                    total += exampleWeights == null ? 1 : exampleWeights[order[b]];
                }
                for (int b = start; b < end; b++) {
                    int i = order[b];
                    double weight = (exampleWeights == null ? 1 : exampleWeights[i]) / total;
                    forward(z[i], w1, b1, w2, b2, hidden, out);
                    for (int c = 0; c < classes; c++) {
                        double delta = (out[c] - (y[i] == c ? 1 : 0)) * weight;
                        gb2[c] += delta;
                        for (int j = 0; j < h; j++) {
                            g2[c][j] += delta * hidden[j];
                        }
                    }
                    for (int j = 0; j < h; j++) {
                        double back = 0;
                        if (hidden[j] > 0) {
                            for (int c = 0; c < classes; c++) {
                                back += (out[c] - (y[i] == c ? 1 : 0)) * weight * w2[c][j];
                            }
                        }
                        dh[j] = back;
                    }
                    for (int j = 0; j < h; j++) {
                        if (dh[j] != 0) {
                            gb1[j] += dh[j];
                            double[] g = g1[j], zi = z[i];
                            for (int k = 0; k < d; k++) {
                                g[k] += dh[j] * zi[k];
                            }
                        }
                    }
                }
                t++;
                double c1 = 1 - Math.pow(beta1, t), c2 = 1 - Math.pow(beta2, t);
                adam(w1, g1, m1, v1, s, c1, c2, true);
                adam(w2, g2, m2, v2, s, c1, c2, true);
                adam(new double[][] {b1}, new double[][] {gb1}, new double[][] {mb1}, new double[][] {vb1}, s, c1, c2, false);
                adam(new double[][] {b2}, new double[][] {gb2}, new double[][] {mb2}, new double[][] {vb2}, s, c1, c2, false);
            }
        }
        return new Mlp(mean, scale, w1, b1, w2, b2);
    }

    private static void adam(double[][] w, double[][] g, double[][] m, double[][] v, Settings s, double c1, double c2, boolean decay) {
        for (int a = 0; a < w.length; a++) {
            for (int b = 0; b < w[a].length; b++) {
                double grad = g[a][b] + (decay ? s.l2() * w[a][b] : 0);
                m[a][b] = 0.9 * m[a][b] + 0.1 * grad;
                v[a][b] = 0.999 * v[a][b] + 0.001 * grad * grad;
                w[a][b] -= s.learningRate() * (m[a][b] / c1) / (Math.sqrt(v[a][b] / c2) + 1e-8);
            }
        }
    }

    private static void forward(double[] z, double[][] w1, double[] b1, double[][] w2, double[] b2, double[] hidden, double[] out) {
        for (int j = 0; j < w1.length; j++) {
            double a = b1[j];
            double[] row = w1[j];
            for (int k = 0; k < z.length; k++) {
                a += row[k] * z[k];
            }
            hidden[j] = Math.max(0, a);
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < w2.length; c++) {
            double a = b2[c];
            for (int j = 0; j < hidden.length; j++) {
                a += w2[c][j] * hidden[j];
            }
            out[c] = a;
            max = Math.max(max, a);
        }
        double sum = 0;
        for (int c = 0; c < out.length; c++) {
            out[c] = Math.exp(out[c] - max);
            sum += out[c];
        }
        for (int c = 0; c < out.length; c++) {
            out[c] /= sum;
        }
    }

    private static double[] standardise(float[] x, float[] mean, float[] scale) {
        double[] z = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            z[j] = (x[j] - mean[j]) * scale[j];
        }
        return z;
    }

    double[] probabilities(float[] x) {
        double[] out = new double[b2.length];
        forward(standardise(x, mean, scale), w1, b1, w2, b2, new double[b1.length], out);
        return out;
    }
}
