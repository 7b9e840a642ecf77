package org.coproduce.providers.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.coproduce.problems.InvalidInput;
import org.junit.jupiter.api.Test;

class GeoPointTest {

    @Test
    void measuresLeedsToFreiburgAlongTheGreatCircle() {
        var leeds = new GeoPoint(53.7997, -1.5492);
        var freiburg = new GeoPoint(47.9990, 7.8421);
        assertEquals(920, leeds.kilometresTo(freiburg), 5);
        assertEquals(0, leeds.kilometresTo(leeds), 1e-9);
    }

    @Test
    void parsesLatitudeCommaLongitude() {
        assertEquals(new GeoPoint(53.8, -1.55), GeoPoint.parse("near", " 53.8 , -1.55 "));
    }

    @Test
    void rejectsPointsOffTheGlobeNamingTheField() {
        for (String text : new String[] {"91,0", "0,181", "abc", "1,2,3", "NaN,1"}) {
            var e = assertThrows(InvalidInput.class, () -> GeoPoint.parse("near", text), text);
            assertEquals("near", e.violations().getFirst().field());
        }
    }
}
