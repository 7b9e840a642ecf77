package org.coproduce.analysis.engine;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * An ensemble of one-hidden-layer perceptrons (ReLU) on standardised sentence embeddings, plain Java: each member
 * trained by mini-batch Adam ({@link Adam}, L2 on the weights) from its own seed (its initial weights and its
 * shuffle), the members' probabilities averaged. The output is a softmax over classes (one class per row) or one
 * sigmoid per label (several labels per row, each label's positives weighted as the caller says); both minimise
 * cross-entropy, whose error at the output is p − y either way. Deterministic (members may train on several
 * threads, each alone); immutable once trained, so one instance may be shared between threads.
 */
public final class DenseMlp {

    public record Settings(int hidden, int epochs, double learningRate, double l2, int batch, int members, long seed) {
        /** The sentiment head: 64 hidden units, 10 epochs, L2 10⁻⁴, five members (docs/analysis.md, "Fourth round"). */
        public static final Settings SENTIMENT = new Settings(64, 10, 1e-3, 1e-4, 32, 5, 42);
        /** The English themes' multi-label head, averaged with the logistic regressions ({@link DenseModels#THEMES}). */
        public static final Settings THEMES = new Settings(128, 20, 1e-3, 1e-4, 32, 3, 42);

        @Override
        public String toString() {
            return "mlp h" + hidden + " e" + epochs + " lr" + learningRate + " l2 " + l2 + " b" + batch + " ×" + members + " seed " + seed;
        }
    }

    private final Standardisation standardisation;
    private final boolean multiLabel;
    /** Per member: the hidden layer [unit][dimension, bias last] and the output layer [output][unit, bias last]. */
    private final double[][][] hidden, output;

    private DenseMlp(Standardisation standardisation, boolean multiLabel, double[][][] hidden, double[][][] output) {
        this.standardisation = standardisation;
        this.multiLabel = multiLabel;
        this.hidden = hidden;
        this.output = output;
    }

    /** One class per row: {@code y} in 0…classes−1, example weights ({@code null}: all 1). */
    public static DenseMlp train(float[][] x, int[] y, int classes, double[] exampleWeights, Settings settings) {
        double[][] targets = new double[x.length][classes];
        for (int i = 0; i < x.length; i++) {
            targets[i][y[i]] = 1;
        }
        return train(x, targets, (i, c) -> exampleWeights == null ? 1 : exampleWeights[i], false, settings);
    }

    /** Several labels per row ({@code targets[i][label]} 0 or 1), a positive of label t weighted {@code positiveWeights[t]}. */
    public static DenseMlp trainMultiLabel(float[][] x, double[][] targets, double[] positiveWeights, Settings settings) {
        return train(x, targets, (i, t) -> targets[i][t] > 0 ? positiveWeights[t] : 1, true, settings);
    }

    /** The weight of row i's error at output c. */
    private interface Weights {
        double of(int row, int output);
    }

    private static DenseMlp train(float[][] x, double[][] targets, Weights weights, boolean multiLabel, Settings settings) {
        Standardisation standardisation = Standardisation.of(x);
        double[][] z = Arrays.stream(x).map(standardisation::apply).toArray(double[][]::new);
        double[][][][] members = IntStream.range(0, settings.members()).parallel()
                .mapToObj(m -> member(z, targets, weights, multiLabel, settings, settings.seed() + m)).toArray(double[][][][]::new);
        return new DenseMlp(standardisation, multiLabel, Arrays.stream(members).map(m -> m[0]).toArray(double[][][]::new),
                Arrays.stream(members).map(m -> m[1]).toArray(double[][][]::new));
    }

    /** One member: {hidden layer, output layer}. */
    private static double[][][] member(double[][] z, double[][] targets, Weights weights, boolean multiLabel, Settings s, long seed) {
        int n = z.length, d = z[0].length, h = s.hidden(), classes = targets[0].length;
        Random random = new Random(seed);
        double[][] w1 = initial(h, d, Math.sqrt(2.0 / d), random), w2 = initial(classes, h, Math.sqrt(1.0 / h), random);
        double[][] g1 = new double[h][d + 1], g2 = new double[classes][h + 1];
        Adam adam1 = new Adam(w1, s.learningRate(), s.l2()), adam2 = new Adam(w2, s.learningRate(), s.l2());
        int[] order = Adam.identity(n);
        double[] a = new double[h], p = new double[classes], err = new double[classes], back = new double[h];
        for (int epoch = 0; epoch < s.epochs(); epoch++) {
            Adam.shuffle(order, random);
            for (int start = 0; start < n; start += s.batch()) {
                int end = Math.min(n, start + s.batch());
                clear(g1);
                clear(g2);
                double total = 0;
                for (int b = start; b < end; b++) {
                    int i = order[b];
                    forward(w1, w2, z[i], a, p, multiLabel);
                    for (int c = 0; c < classes; c++) {
                        err[c] = weights.of(i, c) * (p[c] - targets[i][c]);
                        DenseLogistic.accumulate(g2[c], err[c], a);
                    }
                    total += multiLabel ? 1 : weights.of(i, 0);
                    Arrays.fill(back, 0);
                    for (int c = 0; c < classes; c++) {
                        for (int j = 0; j < h; j++) {
                            back[j] += err[c] * w2[c][j];
                        }
                    }
                    for (int j = 0; j < h; j++) {
                        if (a[j] > 0) {
                            DenseLogistic.accumulate(g1[j], back[j], z[i]);
                        }
                    }
                }
                adam1.step(w1, g1, total);
                adam2.step(w2, g2, total);
            }
        }
        return new double[][][] {w1, w2};
    }

    private static double[][] initial(int rows, int inputs, double deviation, Random random) {
        double[][] w = new double[rows][inputs + 1];
        for (double[] row : w) {
            for (int j = 0; j < inputs; j++) {
                row[j] = random.nextGaussian() * deviation;
            }
        }
        return w;
    }

    private static void clear(double[][] g) {
        for (double[] row : g) {
            Arrays.fill(row, 0);
        }
    }

    /** The hidden activations into {@code a} and the outputs' probabilities into {@code p}. */
    private static void forward(double[][] w1, double[][] w2, double[] z, double[] a, double[] p, boolean multiLabel) {
        DenseLogistic.logits(w1, z, a);
        for (int j = 0; j < a.length; j++) {
            a[j] = Math.max(0, a[j]);
        }
        DenseLogistic.logits(w2, a, p);
        if (multiLabel) {
            for (int c = 0; c < p.length; c++) {
                p[c] = 1 / (1 + Math.exp(-p[c]));
            }
        } else {
            DenseLogistic.softmax(p);
        }
    }

    public int outputs() {
        return output[0].length;
    }

    /** Each class's probability (softmax), or each label's (multi-label), averaged over the members. */
    public double[] probabilities(float[] x) {
        double[] z = standardisation.apply(x), mean = new double[outputs()], p = new double[outputs()];
        double[] a = new double[hidden[0].length];
        for (int m = 0; m < hidden.length; m++) {
            forward(hidden[m], output[m], z, a, p, multiLabel);
            for (int c = 0; c < p.length; c++) {
                mean[c] += p[c] / hidden.length;
            }
        }
        return mean;
    }

    void write(DataOutputStream out) throws IOException {
        standardisation.write(out);
        out.writeBoolean(multiLabel);
        out.writeInt(hidden.length);
        for (int m = 0; m < hidden.length; m++) {
            writeMatrix(out, hidden[m]);
            writeMatrix(out, output[m]);
        }
    }

    static DenseMlp read(DataInputStream in) throws IOException {
        Standardisation standardisation = Standardisation.read(in);
        boolean multiLabel = in.readBoolean();
        int members = in.readInt();
        double[][][] hidden = new double[members][][], output = new double[members][][];
        for (int m = 0; m < members; m++) {
            hidden[m] = readMatrix(in);
            output[m] = readMatrix(in);
        }
        return new DenseMlp(standardisation, multiLabel, hidden, output);
    }

    private static void writeMatrix(DataOutputStream out, double[][] w) throws IOException {
        out.writeInt(w.length);
        out.writeInt(w[0].length);
        for (double[] row : w) {
            ModelBytes.writeDoubles(out, row);
        }
    }

    private static double[][] readMatrix(DataInputStream in) throws IOException {
        double[][] w = new double[in.readInt()][in.readInt()];
        for (double[] row : w) {
            ModelBytes.readDoubles(in, row);
        }
        return w;
    }

    byte[] toBytes() {
        return ModelBytes.of(this::write);
    }

    static DenseMlp fromBytes(byte[] bytes) {
        return ModelBytes.read(bytes, DenseMlp::read);
    }
}
