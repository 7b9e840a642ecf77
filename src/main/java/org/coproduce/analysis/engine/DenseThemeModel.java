package org.coproduce.analysis.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Multi-label themes from a sentence embedding: one binary {@link DenseLogistic} per theme
 * (one-vs-rest), positives of rare themes weighted up as the maxent {@link ThemeModel} does.
 * Immutable and thread-safe once trained.
 */
public final class DenseThemeModel {

    private final Map<String, DenseLogistic> models;

    private DenseThemeModel(Map<String, DenseLogistic> models) {
        this.models = models;
    }

    /** Trains one model per label on the embeddings {@code x} and their label sets. */
    public static DenseThemeModel train(List<float[]> x, List<Set<String>> labels, Collection<String> codes,
            int upsampling, DenseLogistic.Settings settings, boolean parallel) {
        float[][] rows = x.toArray(float[][]::new);
        var stream = parallel ? codes.parallelStream() : codes.stream();
        Map<String, DenseLogistic> models = new LinkedHashMap<>();
        stream.map(code -> Map.entry(code, trainOne(rows, labels, code, upsampling, settings))).toList()
                .forEach(e -> models.put(e.getKey(), e.getValue()));
        return new DenseThemeModel(models);
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
        double repeat = Math.max(1, Math.min(upsampling, (n - positives) / Math.max(1, positives) / 4));
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
        models.forEach((code, model) -> result.put(code, model.probabilities(embedding)[1]));
        return result;
    }

    public byte[] toBytes() {
        var bytes = new ByteArrayOutputStream();
        try (var out = new DataOutputStream(bytes)) {
            out.writeInt(models.size());
            for (var e : models.entrySet()) {
                out.writeUTF(e.getKey());
                e.getValue().write(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static DenseThemeModel fromBytes(byte[] bytes) {
        try (var in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int count = in.readInt();
            Map<String, DenseLogistic> models = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                models.put(in.readUTF(), DenseLogistic.read(in));
            }
            return new DenseThemeModel(models);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
