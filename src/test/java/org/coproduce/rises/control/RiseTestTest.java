package org.coproduce.rises.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RiseTestTest {

    private static long[] twelve(long value) {
        long[] months = new long[12];
        Arrays.fill(months, value);
        return months;
    }

    @Test
    void binomialTailMatchesValuesComputedByHand() {
        // P(X >= 1 | n=10, p=0.1) = 1 - 0.9^10
        assertEquals(1 - Math.pow(0.9, 10), RiseTest.upperTail(10, 1, 0.1), 1e-12);
        // P(X >= 3 | n=5, p=0.5) = (10 + 5 + 1) / 32
        assertEquals(0.5, RiseTest.upperTail(5, 3, 0.5), 1e-12);
        // P(X = n) = p^n
        assertEquals(Math.pow(0.2, 8), RiseTest.upperTail(8, 8, 0.2), 1e-15);
        assertEquals(1.0, RiseTest.upperTail(8, 0, 0.2));
    }

    @Test
    void flagsAThemeThatJumpsAgainstASteadyHistory() {
        // 5% of 40 stories a month for a year, then 12 of 40
        var result = RiseTest.unusual(twelve(2), twelve(40), 12, 40).orElseThrow();
        assertEquals(0.3, result.observedShare(), 1e-9);
        assertEquals((24 + 0.5) / 481, result.expectedShare(), 1e-9);
        assertEquals(480, result.historyStories());
        assertTrue(result.pValue() < 1e-5, "p " + result.pValue());
    }

    @Test
    void leavesOrdinaryVariationAlone() {
        // 10% a month, then 7 of 40 (17.5%): within the 3-sigma limit
        assertTrue(RiseTest.unusual(twelve(4), twelve(40), 7, 40).isEmpty());
        // fewer: never
        assertTrue(RiseTest.unusual(twelve(4), twelve(40), 2, 40).isEmpty());
    }

    @Test
    void needsEnoughHistoryAndEnoughStoriesInTheMonth() {
        // only 5 months with stories
        long[] sparse = new long[12];
        long[] sparseWith = new long[12];
        Arrays.fill(sparse, 7, 12, 40);
        assertTrue(RiseTest.unusual(sparseWith, sparse, 20, 40).isEmpty());
        // 4 stories with the theme is below the suppression threshold, however unusual
        assertTrue(RiseTest.unusual(twelve(0), twelve(40), 4, 4).isEmpty());
        assertFalse(RiseTest.unusual(twelve(0), twelve(40), 5, 5).isEmpty());
    }

    @Test
    void asksForMoreWhenTheHistoryVariesMoreThanABinomial() {
        long[] stories = twelve(100);
        long[] steady = twelve(10);
        long[] swinging = {2, 18, 3, 17, 2, 18, 3, 17, 2, 18, 3, 17};
        // same pooled share (10%), 22 of 100 this month
        assertEquals(0.0, RiseTest.sigmaZ(steady, stories, 0.1), 1e-9, "less varied than a binomial: never narrowed, see below");
        assertTrue(RiseTest.sigmaZ(swinging, stories, 0.1) > 3, "swings of ±8 points are over-dispersed");
        assertFalse(RiseTest.unusual(steady, stories, 22, 100).isEmpty(), "unusual against a steady year");
        assertTrue(RiseTest.unusual(swinging, stories, 22, 100).isEmpty(), "within what this theme's year already did");
    }
}
