package org.coproduce.analysis.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains and (de)serialises OpenNLP maximum-entropy models: L2-regularised logistic regression
 * fitted with L-BFGS (OpenNLP's MAXENT_QN). A trained model only reads its weights when
 * evaluating, so one instance may be shared between threads.
 */
final class Maxent {

    private Maxent() {
    }

    static MaxentModel train(List<Event> events, double l2, int iterations) {
        return train(events, "MAXENT_QN", l2, iterations);
    }

    static MaxentModel train(List<Event> events, String algorithm, double l2, int iterations) {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        params.put("L2Cost", l2);
        params.put("L1Cost", 0.0);
        params.put("Threads", 1);
        params.put("PrintMessages", false);
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, new HashMap<>());
        try {
            return trainer.train(ObjectStreamUtils.createObjectStream(events));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] toBytes(MaxentModel model) {
        return ModelBytes.of(out -> new GenericModelWriter((AbstractModel) model, out).persist());
    }

    static MaxentModel fromBytes(byte[] bytes) {
        return ModelBytes.read(bytes, in -> new GenericModelReader(new BinaryFileDataReader(in)).getModel());
    }

    static double probability(MaxentModel model, String[] features, String outcome) {
        int index = model.getIndex(outcome);
        return index < 0 ? 0 : model.eval(features)[index];
    }
}
