package org.coproduce.outcomes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ResponseTimesTest {

    @Test
    void findsTheMiddleDayOfAnOddCount() {
        assertEquals(3.0, ResponseTimes.medianDays(Map.of(1, 1L, 3, 1L, 9, 1L)));
        assertEquals(2.0, ResponseTimes.medianDays(Map.of(2, 1L)));
    }

    @Test
    void averagesTheTwoMiddleDaysOfAnEvenCount() {
        assertEquals(4.0, ResponseTimes.medianDays(Map.of(1, 2L, 7, 2L)));
        assertEquals(1.0, ResponseTimes.medianDays(Map.of(0, 1L, 1, 2L, 60, 1L)));
    }

    @Test
    void hasNoMedianWithoutAnswers() {
        assertNull(ResponseTimes.medianDays(Map.of()));
    }
}
