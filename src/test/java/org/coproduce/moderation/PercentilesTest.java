package org.coproduce.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalLong;
import org.coproduce.moderation.control.Percentiles;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void takesTheNearestRankOfUnsortedValues() {
        long[] minutes = {50, 10, 40, 20, 30};
        assertEquals(OptionalLong.of(30), Percentiles.of(minutes, 50));
        assertEquals(OptionalLong.of(50), Percentiles.of(minutes, 90));
        assertEquals(OptionalLong.of(10), Percentiles.of(minutes, 1));
        assertEquals(OptionalLong.of(50), Percentiles.of(minutes, 100));
    }

    @Test
    void theMedianOfAnEvenCountIsTheLowerMiddleValue() {
        assertEquals(OptionalLong.of(20), Percentiles.of(new long[] {40, 10, 30, 20}, 50));
    }

    @Test
    void theNinetiethPercentileOfTenValuesIsTheNinth() {
        long[] minutes = {1, 2, 3, 4, 5, 6, 7, 8, 9, 1000};
        assertEquals(OptionalLong.of(9), Percentiles.of(minutes, 90));
        assertEquals(OptionalLong.of(5), Percentiles.of(minutes, 50));
    }

    @Test
    void aSingleValueIsEveryPercentile() {
        assertEquals(OptionalLong.of(7), Percentiles.of(new long[] {7}, 50));
        assertEquals(OptionalLong.of(7), Percentiles.of(new long[] {7}, 90));
    }

    @Test
    void noValuesNoPercentile() {
        assertEquals(OptionalLong.empty(), Percentiles.of(new long[0], 50));
    }

    @Test
    void leavesTheCallersArrayAsItWas() {
        long[] minutes = {3, 1, 2};
        Percentiles.of(minutes, 50);
        assertEquals(3, minutes[0]);
    }

    @Test
    void refusesAPercentileOutsideZeroToHundred() {
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(new long[] {1}, 0));
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(new long[] {1}, 101));
    }
}
