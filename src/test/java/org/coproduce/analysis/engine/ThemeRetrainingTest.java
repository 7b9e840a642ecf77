package org.coproduce.analysis.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.coproduce.analysis.engine.ThemeRetraining.LabelledText;
import org.coproduce.analysis.entity.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ThemeRetrainingTest {

    static final List<String> CODES = List.of("environment.food", "travel.parking");
    static ThemeRetraining retraining;
    static List<Example> base;
    static ThemeModel current;

    @BeforeAll
    static void baseModelKnowsOnlyFood() {
        retraining = new ThemeRetraining(new Nlp(), Language.EN, ThemeTraining.standard());
        base = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            base.add(retraining.example(new LabelledText("The food was cold and bland " + i, Set.of("environment.food"))));
            base.add(retraining.example(new LabelledText("Lovely nurses, thank you " + i, Set.of())));
        }
        current = ThemeModel.train(base, CODES, ThemeTraining.standard());
    }

    static List<LabelledText> heldOut() {
        return List.of(new LabelledText("No parking spaces anywhere near the clinic.", Set.of("travel.parking")),
                new LabelledText("The car park was full again.", Set.of("travel.parking")),
                new LabelledText("Cold food again today.", Set.of("environment.food")));
    }

    @Test
    void activatesACandidateThatLearntFromCorrections() {
        List<LabelledText> corrections = new ArrayList<>();
        for (String text : List.of("Parking was impossible", "The car park is always full", "No parking spaces",
                "Parking charges are too high", "Could not find a parking space", "The car park was full")) {
            corrections.add(new LabelledText(text, Set.of("travel.parking")));
        }
        ThemeRetraining.Outcome outcome = retraining.challenge(current, base, corrections, heldOut(), CODES);
        assertTrue(outcome.activate(), outcome.currentF1() + " -> " + outcome.candidateF1());
        ThemeModel restored = ThemeModel.fromBytes(outcome.candidate().toBytes());
        assertTrue(ThemeRetraining.microF1(restored, List.of(retraining.example(heldOut().getFirst()))) > 0);
    }

    @Test
    void keepsTheCurrentModelWhenCorrectionsMakeItWorse() {
        List<LabelledText> wrong = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            wrong.add(new LabelledText("Cold food again today " + i, Set.of()));
        }
        ThemeRetraining.Outcome outcome = retraining.challenge(current, base, wrong, heldOut(), CODES);
        assertFalse(outcome.activate(), outcome.currentF1() + " -> " + outcome.candidateF1());
    }
}
