package org.coproduce.analysis.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ThemeModelTest {

    static Example example(String text, String... labels) {
        return new Example(Features.of(text.split(" ")), Set.of(labels));
    }

    static List<Example> examples() {
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            examples.add(example("the food was cold " + i, "food"));
            examples.add(example("lunch and dinner tasted bland " + i, "food"));
            examples.add(example("we waited for hours " + i, "waiting"));
            examples.add(example("a long wait in the waiting room " + i, "waiting"));
            examples.add(example("nice staff " + i));
        }
        return examples;
    }

    @Test
    void learnsThemesFromExamples() {
        ThemeModel model = ThemeModel.train(examples(), List.of("food", "waiting"), ThemeTraining.standard());
        assertTrue(model.probabilities(Features.of("the food was cold".split(" "))).get("food") > 0.5);
        assertTrue(model.probabilities(Features.of("the food was cold".split(" "))).get("waiting") < 0.5);
    }

    @Test
    void survivesASerialisationRoundTrip() {
        ThemeModel model = ThemeModel.train(examples(), List.of("food", "waiting"), ThemeTraining.standard());
        ThemeModel copy = ThemeModel.fromBytes(model.toBytes());
        String[] features = Features.of("we waited for hours".split(" "));
        assertEquals(model.probabilities(features), copy.probabilities(features));
        assertEquals(model.threshold("food"), copy.threshold("food"));
    }
}
