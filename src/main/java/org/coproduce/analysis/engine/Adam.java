package org.coproduce.analysis.engine;

/**
 * The Adam update of one weight matrix whose last column is a bias: each row's weights are L2-regularised, the bias is
 * not. Shared by the dense heads ({@link DenseLogistic}, {@link DenseMlp}); holds the moments, so one per matrix.
 */
final class Adam {

    private static final double B1 = 0.9, B2 = 0.999;

    private final double[][] m, v;
    private final double rate, l2;
    private long step;

    Adam(double[][] w, double rate, double l2) {
        m = new double[w.length][w[0].length];
        v = new double[w.length][w[0].length];
        this.rate = rate;
        this.l2 = l2;
    }

    /** One step on {@code w} from the gradient sum {@code g} over examples of total weight {@code total}. */
    void step(double[][] w, double[][] g, double total) {
        step++;
        double lr = rate * Math.sqrt(1 - Math.pow(B2, step)) / (1 - Math.pow(B1, step));
        for (int c = 0; c < w.length; c++) {
            int bias = w[c].length - 1;
            for (int j = 0; j <= bias; j++) {
                double grad = g[c][j] / total + (j < bias ? l2 * w[c][j] : 0);
                m[c][j] = B1 * m[c][j] + (1 - B1) * grad;
                v[c][j] = B2 * v[c][j] + (1 - B2) * grad * grad;
                w[c][j] -= lr * m[c][j] / (Math.sqrt(v[c][j]) + 1e-8);
            }
        }
    }

    /** A random permutation of {@code order} in place (Fisher–Yates), the epochs' shuffle. */
    static void shuffle(int[] order, java.util.Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }
}
