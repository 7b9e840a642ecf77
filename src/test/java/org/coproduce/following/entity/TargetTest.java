package org.coproduce.following.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TargetTest {

    @Test
    void anAreaIsABoxInTheGeoJsonOrderWithOneSpelling() {
        var area = Target.of(Target.Kind.AREA, " -0.2, 51.45 ,-0.05,51.55000001").orElseThrow();
        assertEquals("-0.2,51.45,-0.05,51.55", area.key());
        assertEquals(51.45, area.box().minLatitude());
        assertEquals("area?bbox=-0.2,51.45,-0.05,51.55", area.feedPath());
    }

    @Test
    void refusesBoxesThatAreNoBoxes() {
        for (String bad : new String[] {"1,2,3", "1,2,1,3", "0,2,1,1", "-181,0,1,1", "0,-91,1,1", "a,b,c,d", "NaN,0,1,1", ""}) {
            assertEquals(Optional.empty(), Target.of(Target.Kind.AREA, bad), bad);
        }
    }

    @Test
    void servicesAndOrganisationsAreIdsThemesAreCodes() {
        assertEquals("services/12", Target.of(Target.Kind.SERVICE, "12").orElseThrow().feedPath());
        assertTrue(Target.of(Target.Kind.ORGANISATION, "0").isEmpty());
        assertTrue(Target.of(Target.Kind.SERVICE, "12; drop table").isEmpty());
        assertEquals("themes/general.positive", Target.of(Target.Kind.THEME, "general.positive").orElseThrow().feedPath());
        assertTrue(Target.of(Target.Kind.THEME, "a/b").isEmpty());
    }

    @Test
    void aChangeIsAnIdWithoutAFeed() {
        var change = Target.of(Target.Kind.CHANGE, " 42 ").orElseThrow();
        assertEquals("42", change.key());
        assertEquals(null, change.feedPath(), "its milestones are e-mailed, it has no feed");
        assertTrue(Target.of(Target.Kind.CHANGE, "x").isEmpty());
    }
}
