package org.coproduce.analysis.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CriticalityDecisionTest {

    private static final CriticalityModel.Decision WITHIN = new CriticalityModel.Decision(0, 0);

    @Test
    void clearStepsGiveTheirLevel() {
        assertEquals(0, CriticalityModel.level(new double[] {0.05, 0.02, 0.01, 0.0}, null, CriticalityModel.Decision.MAXENT));
        assertEquals(2, CriticalityModel.level(new double[] {0.97, 0.95, 0.04, 0.01}, null, CriticalityModel.Decision.MAXENT));
        assertEquals(4, CriticalityModel.level(new double[] {0.99, 0.99, 0.98, 0.97}, null, CriticalityModel.Decision.MAXENT));
    }

    @Test
    void withinOneAloneHedgesBetweenDistantLevels() {
        // P(0) 0.45, P(2) 0.45, P(1) 0.10: level 1 is within ±1 of all three, the exact-heavy rule takes 0
        double[] steps = {0.55, 0.45, 0.0, 0.0};
        assertEquals(1, CriticalityModel.level(steps, null, WITHIN));
        assertEquals(0, CriticalityModel.level(steps, null, new CriticalityModel.Decision(0, 10)));
    }

    @Test
    void blendsTheEmbeddingStepsWithTheirWeightAndMakesStepsMonotone() {
        double[] maxent = {0.1, 0.05, 0.0, 0.0}, dense = {0.9, 0.9, 0.9, 0.9};
        assertEquals(0, CriticalityModel.level(maxent, dense, new CriticalityModel.Decision(0, 1)));
        assertEquals(4, CriticalityModel.level(maxent, dense, new CriticalityModel.Decision(1, 1)));
        // a later step more likely than an earlier one counts as no more likely than it
        assertEquals(0, CriticalityModel.level(new double[] {0.1, 0.9, 0.9, 0.9}, null, CriticalityModel.Decision.MAXENT));
    }
}
