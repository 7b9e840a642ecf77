package org.coproduce.changes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.coproduce.changes.control.BeforeAfter.Side;
import org.junit.jupiter.api.Test;

class BeforeAfterTest {

    @Test
    void matchesFishersExactTestOnTheTeaTastingTable() {
        // Fisher's lady tasting tea, 3 of 4 right: two-sided p = 0.486 (R: fisher.test(matrix(c(3,1,1,3),2)))
        assertEquals(0.4857, BeforeAfter.fisher(3, 1, 1, 3), 1e-4);
        // R: fisher.test(matrix(c(1,9,11,3),2))$p.value = 0.002759
        assertEquals(0.002759, BeforeAfter.fisher(1, 9, 11, 3), 1e-5);
    }

    @Test
    void matchesTheTwoProportionZTest() {
        // 60/200 before, 40/200 after: z = 2.309, two-sided p = 0.0209
        assertEquals(0.0209, BeforeAfter.zTest(new Side(200, 60), new Side(200, 40)), 1e-4);
        assertEquals(0.975, BeforeAfter.normalCdf(1.96), 1e-4);
    }

    @Test
    void saysAClearFallIsMoreThanChance() {
        var r = BeforeAfter.compare(new Side(200, 80), new Side(200, 40));
        assertEquals("two-proportion-z", r.method());
        assertTrue(r.moreThanChance());
        assertTrue(r.statement().startsWith("The share of stories raising these themes as something to improve fell from 40% (80 of 200)"),
                r.statement());
    }

    @Test
    void usesTheExactTestForSmallCountsAndSaysItCouldBeChance() {
        var r = BeforeAfter.compare(new Side(8, 3), new Side(7, 1));
        assertEquals("fisher-exact", r.method());
        assertFalse(r.moreThanChance());
        assertTrue(r.statement().contains("could be chance"), r.statement());
    }

    @Test
    void cannotCompareWithoutStoriesOnBothSides() {
        var r = BeforeAfter.compare(new Side(0, 0), new Side(10, 2));
        assertFalse(r.moreThanChance());
        assertEquals("none", r.method());
    }
}
