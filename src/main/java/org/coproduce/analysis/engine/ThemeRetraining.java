package org.coproduce.analysis.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.coproduce.analysis.entity.Language;

/**
 * Retraining from moderator corrections: a candidate model is trained on the base data plus the
 * corrected stories, both models are scored on held-out stories, and the candidate is to be
 * activated only if it scores better (micro-F1). Storage and activation belong to the caller:
 * the candidate travels as {@link ThemeModel#toBytes()}.
 */
public final class ThemeRetraining {

    /** A story and the theme codes a moderator confirmed for it. */
    public record LabelledText(String text, Set<String> codes) {
    }

    public record Outcome(ThemeModel candidate, double currentF1, double candidateF1) {

        public boolean activate() {
            return candidateF1 > currentF1;
        }
    }

    private final Nlp nlp;
    private final Language language;
    private final ThemeTraining training;

    public ThemeRetraining(Nlp nlp, Language language, ThemeTraining training) {
        this.nlp = nlp;
        this.language = language;
        this.training = training;
    }

    public Outcome challenge(ThemeModel current, List<Example> base, List<LabelledText> corrections,
            List<LabelledText> heldOut, Collection<String> codes) {
        ThemeModel candidate = candidate(base, corrections, codes);
        List<Example> test = heldOut.stream().map(this::example).toList();
        return new Outcome(candidate, microF1(current, test), microF1(candidate, test));
    }

    /** A model trained on the base data plus the corrected stories, each counted once, for the given theme codes. */
    ThemeModel candidate(List<Example> base, List<LabelledText> corrections, Collection<String> codes) {
        List<Example> examples = new ArrayList<>(base);
        corrections.forEach(c -> examples.add(example(c)));
        return ThemeModel.train(examples, codes, training);
    }

    Example example(LabelledText text) {
        return new Example(Features.of(nlp.tokens(text.text(), language), language), text.codes());
    }

    static double microF1(ThemeModel model, List<Example> test) {
        int tp = 0, fp = 0, fn = 0;
        for (Example example : test) {
            var probabilities = model.probabilities(example.features());
            for (String label : model.labels()) {
                boolean predicted = probabilities.get(label) >= model.threshold(label);
                boolean gold = example.labels().contains(label);
                tp += predicted && gold ? 1 : 0;
                fp += predicted && !gold ? 1 : 0;
                fn += !predicted && gold ? 1 : 0;
            }
        }
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }
}
