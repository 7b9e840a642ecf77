package org.coproduce.analysis.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.DataIndexer;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.OnePassDataIndexer;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * The examples indexed once by OpenNLP (features to integer contexts, in order, unmerged), so that
 * the one-vs-rest models of all labels reuse one index instead of re-indexing the corpus per
 * label. Each label gets a view whose outcome is "1"/"0"; positives of rare labels are
 * weighted through the index's event counts.
 */
final class IndexedExamples {

    private final List<Example> examples;
    private final DataIndexer index;

    IndexedExamples(List<Example> examples) {
        this.examples = examples;
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        params.put("sort", false);
        index = new OnePassDataIndexer();
        index.init(params, new HashMap<>());
        try {
            index.index(ObjectStreamUtils.createObjectStream(
                    examples.stream().map(e -> new Event(ThemeModel.NO, e.features())).toList()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (index.getNumEvents() != examples.size()) {
            throw new IllegalStateException("index dropped events");
        }
    }

    MaxentModel train(String label, ThemeTraining training) {
        int[] outcomes = new int[examples.size()];
        int positives = 0;
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = examples.get(i).labels().contains(label) ? 1 : 0;
            positives += outcomes[i];
        }
        int weight = (int) Math.max(1, Math.min(training.upsampling(),
                (outcomes.length - positives) / Math.max(1, positives) / 4));
        int[] seen = new int[outcomes.length];
        for (int i = 0; i < seen.length; i++) {
            seen[i] = outcomes[i] == 1 ? weight : 1;
        }
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        params.put(TrainingParameters.ITERATIONS_PARAM, training.iterations());
        params.put("L2Cost", training.l2());
        params.put("L1Cost", 0.0);
        params.put("Threads", 1);
        QNTrainer trainer = new QNTrainer();
        trainer.init(params, new HashMap<>());
        return trainer.trainModel(training.iterations(), new LabelView(index, outcomes, seen));
    }

    private record LabelView(DataIndexer base, int[] outcomes, int[] seen) implements DataIndexer {

        private static final String[] LABELS = {ThemeModel.NO, ThemeModel.YES};

        @Override
        public int[][] getContexts() {
            return base.getContexts();
        }

        @Override
        public int[] getNumTimesEventsSeen() {
            return seen;
        }

        @Override
        public int[] getOutcomeList() {
            return outcomes;
        }

        @Override
        public String[] getPredLabels() {
            return base.getPredLabels();
        }

        @Override
        public int[] getPredCounts() {
            return base.getPredCounts();
        }

        @Override
        public String[] getOutcomeLabels() {
            return LABELS;
        }

        @Override
        public float[][] getValues() {
            return base.getValues();
        }

        @Override
        public int getNumEvents() {
            return outcomes.length;
        }

        @Override
        public void init(TrainingParameters parameters, Map<String, String> reportMap) {
        }

        @Override
        public void index(opennlp.tools.util.ObjectStream<Event> events) {
        }
    }
}
