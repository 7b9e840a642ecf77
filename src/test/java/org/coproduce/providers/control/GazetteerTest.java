package org.coproduce.providers.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.coproduce.providers.entity.GeoPoint;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private final Gazetteer gazetteer = new Gazetteer();

    @Test
    void findsAPlaceThenAPostcodeOrItsDistrictThenACityInTheShippedSample() {
        assertTrue(gazetteer.size() > 20);
        assertEquals(Optional.of(new GeoPoint(47.9990, 7.8421)), gazetteer.locate("freiburg  im breisgau", null, null));
        assertEquals(Optional.of(new GeoPoint(53.7969, -1.5474)), gazetteer.locate(null, "ls1 4ap", "Bradford"));
        assertEquals(Optional.of(new GeoPoint(53.7960, -1.7594)), gazetteer.locate(null, "ZZ9 9ZZ", "Bradford"));
        assertEquals(Optional.of(new GeoPoint(48.1372, 11.5756)), gazetteer.locate("München", null, null));
        assertEquals(Optional.empty(), gazetteer.locate("Atlantis", null, null));
    }
}
