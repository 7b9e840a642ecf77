package org.coproduce.analysis.engine;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
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
        return ModelBytes.of(this::write);
    }

    public static ThemeModel fromBytes(byte[] bytes) {
        return ModelBytes.read(bytes, ThemeModel::read);
    }

    private void write(DataOutputStream out) throws IOException {
        out.writeInt(models.size());
        for (var entry : models.entrySet()) {
            out.writeUTF(entry.getKey());
            out.writeDouble(thresholds.get(entry.getKey()));
            ModelBytes.writeBlock(out, Maxent.toBytes(entry.getValue()));
        }
    }

    private static ThemeModel read(DataInputStream in) throws IOException {
        int count = in.readInt();
        Map<String, MaxentModel> models = new LinkedHashMap<>();
        Map<String, Double> thresholds = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String label = in.readUTF();
            thresholds.put(label, in.readDouble());
            models.put(label, Maxent.fromBytes(ModelBytes.readBlock(in)));
        }
        return new ThemeModel(models, thresholds);
    }
}
