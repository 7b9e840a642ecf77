package org.coproduce.analysis.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Multi-label theme classifier: one binary logistic-regression model per label (one-vs-rest),
 * each with its own decision threshold. Immutable and thread-safe once built; serialises to bytes
 * so a retrained model can be stored and activated later.
 */
public final class ThemeModel {

    static final String YES = "1";
    static final String NO = "0";
    private final Map<String, MaxentModel> models;
    private final Map<String, Double> thresholds;

    ThemeModel(Map<String, MaxentModel> models, Map<String, Double> thresholds) {
        this.models = models;
        this.thresholds = thresholds;
    }

    public static ThemeModel train(List<Example> examples, Collection<String> labels, ThemeTraining training) {
        Map<String, MaxentModel> models = new LinkedHashMap<>();
        if ("MAXENT_QN".equals(training.algorithm())) {
            IndexedExamples indexed = new IndexedExamples(examples);
            var stream = training.parallel() ? labels.parallelStream() : labels.stream();
            stream.map(label -> Map.entry(label, indexed.train(label, training))).toList()
                    .forEach(entry -> models.put(entry.getKey(), entry.getValue()));
        } else {
            labels.forEach(label -> models.put(label, trainOne(examples, label, training)));
        }
        var model = new ThemeModel(models, new LinkedHashMap<>());
        for (String label : labels) {
            long positives = examples.stream().filter(e -> e.labels().contains(label)).count();
            model.thresholds.put(label, positives >= examples.size() * ThemeTraining.RARE
                    ? training.threshold() : training.rareThreshold());
        }
        return model;
    }

    static MaxentModel trainOne(List<Example> examples, String label, ThemeTraining training) {
        long positives = examples.stream().filter(e -> e.labels().contains(label)).count();
        long repeat = Math.max(1, Math.min(training.upsampling(), (examples.size() - positives) / Math.max(1, positives) / 4));
        List<Event> events = new ArrayList<>(examples.size());
        for (Example example : examples) {
            boolean positive = example.labels().contains(label);
            for (int i = 0; i < (positive ? repeat : 1); i++) {
                events.add(new Event(positive ? YES : NO, example.features()));
            }
        }
        return Maxent.train(events, training.algorithm(), training.l2(), training.iterations());
    }

    public Map<String, Double> probabilities(String[] features) {
        Map<String, Double> result = new LinkedHashMap<>();
        models.forEach((label, model) -> result.put(label, Maxent.probability(model, features, YES)));
        return result;
    }

    public double threshold(String label) {
        return thresholds.get(label);
    }

    public Collection<String> labels() {
        return models.keySet();
    }

    ThemeModel withThresholds(Map<String, Double> tuned) {
        Map<String, Double> merged = new LinkedHashMap<>(thresholds);
        merged.putAll(tuned);
        return new ThemeModel(models, merged);
    }

    public byte[] toBytes() {
        var bytes = new ByteArrayOutputStream();
        try (var out = new DataOutputStream(bytes)) {
            out.writeInt(models.size());
            for (var entry : models.entrySet()) {
                out.writeUTF(entry.getKey());
                out.writeDouble(thresholds.get(entry.getKey()));
                byte[] model = Maxent.toBytes(entry.getValue());
                out.writeInt(model.length);
                out.write(model);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static ThemeModel fromBytes(byte[] bytes) {
        try (var in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int count = in.readInt();
            Map<String, MaxentModel> models = new LinkedHashMap<>();
            Map<String, Double> thresholds = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                String label = in.readUTF();
                thresholds.put(label, in.readDouble());
                models.put(label, Maxent.fromBytes(in.readNBytes(in.readInt())));
            }
            return new ThemeModel(models, thresholds);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
