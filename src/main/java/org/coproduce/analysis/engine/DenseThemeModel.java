package org.coproduce.analysis.engine;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Multi-label themes from a sentence embedding: one binary {@link DenseLogistic} per theme
 * (one-vs-rest), positives of rare themes weighted up as the maxent {@link ThemeModel} does; optionally averaged with
 * a multi-label perceptron ensemble ({@link DenseMlp}) trained on the same rows with the same weighting.
 * Immutable and thread-safe once trained.
 */
public final class DenseThemeModel {

    private final Map<String, DenseLogistic> models;
    /** Null: the logistic regressions alone; else its outputs, in the order of {@link #models}' keys, are averaged in. */
    private final DenseMlp mlp;

    private DenseThemeModel(Map<String, DenseLogistic> models, DenseMlp mlp) {
        this.models = models;
        this.mlp = mlp;
    }

    /** The logistic regressions averaged with a multi-label perceptron ensemble trained with {@code mlp}. */
    public static DenseThemeModel train(List<float[]> x, List<Set<String>> labels, Collection<String> codes,
            int upsampling, DenseLogistic.Settings settings, DenseMlp.Settings mlp, boolean parallel) {
        DenseThemeModel logistic = train(x, labels, codes, upsampling, settings, parallel);
        return new DenseThemeModel(logistic.models, multiLabel(x, labels, logistic.models.keySet(), upsampling, mlp));
    }

    private static DenseMlp multiLabel(List<float[]> x, List<Set<String>> labels, Collection<String> codes, int upsampling,
            DenseMlp.Settings settings) {
        List<String> order = List.copyOf(codes);
        int n = x.size();
        double[][] targets = new double[n][order.size()];
        double[] weights = new double[order.size()];
        for (int t = 0; t < order.size(); t++) {
            long positives = 0;
            for (int i = 0; i < n; i++) {
                targets[i][t] = labels.get(i).contains(order.get(t)) ? 1 : 0;
                positives += (long) targets[i][t];
            }
            weights[t] = repeat(n, positives, upsampling);
        }
        return DenseMlp.trainMultiLabel(x.toArray(float[][]::new), targets, weights, settings);
    }

    /** How much a positive counts: up to {@code upsampling}, so that positives weigh at most a quarter of the negatives. */
    private static double repeat(int n, long positives, int upsampling) {
        return Math.max(1, Math.min(upsampling, (n - positives) / Math.max(1, positives) / 4));
    }

    /** Trains one model per label on the embeddings {@code x} and their label sets. */
    public static DenseThemeModel train(List<float[]> x, List<Set<String>> labels, Collection<String> codes,
            int upsampling, DenseLogistic.Settings settings, boolean parallel) {
        float[][] rows = x.toArray(float[][]::new);
        var stream = parallel ? codes.parallelStream() : codes.stream();
        Map<String, DenseLogistic> models = new LinkedHashMap<>();
        stream.map(code -> Map.entry(code, trainOne(rows, labels, code, upsampling, settings))).toList()
                .forEach(e -> models.put(e.getKey(), e.getValue()));
        return new DenseThemeModel(models, null);
    }

    private static DenseLogistic trainOne(float[][] rows, List<Set<String>> labels, String code, int upsampling,
            DenseLogistic.Settings settings) {
        int n = rows.length;
        int[] y = new int[n];
        long positives = 0;
        for (int i = 0; i < n; i++) {
            y[i] = labels.get(i).contains(code) ? 1 : 0;
            positives += y[i];
        }
        double repeat = repeat(n, positives, upsampling);
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            weights[i] = y[i] == 1 ? repeat : 1;
        }
        return DenseLogistic.train(rows, y, 2, weights, settings);
    }

    public Collection<String> labels() {
        return models.keySet();
    }

    public Map<String, Double> probabilities(float[] embedding) {
        Map<String, Double> result = new LinkedHashMap<>();
        double[] averaged = mlp == null ? null : mlp.probabilities(embedding);
        int t = 0;
        for (var e : models.entrySet()) {
            double p = e.getValue().probabilities(embedding)[1];
            result.put(e.getKey(), averaged == null ? p : (p + averaged[t++]) / 2);
        }
        return result;
    }

    public byte[] toBytes() {
        return ModelBytes.of(this::write);
    }

    public static DenseThemeModel fromBytes(byte[] bytes) {
        return ModelBytes.read(bytes, DenseThemeModel::read);
    }

    private void write(DataOutputStream out) throws IOException {
        out.writeInt(models.size());
        for (var e : models.entrySet()) {
            out.writeUTF(e.getKey());
            e.getValue().write(out);
        }
        out.writeBoolean(mlp != null);
        if (mlp != null) {
            mlp.write(out);
        }
    }

    private static DenseThemeModel read(DataInputStream in) throws IOException {
        int count = in.readInt();
        Map<String, DenseLogistic> models = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            models.put(in.readUTF(), DenseLogistic.read(in));
        }
        return new DenseThemeModel(models, in.readBoolean() ? DenseMlp.read(in) : null);
    }
}
