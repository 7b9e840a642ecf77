package org.coproduce.barriers.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BarrierCategoriesTest {

    @Test
    void theShippedListHasEnglishAndGermanLabels() {
        var all = BarrierCategories.load();
        assertTrue(all.size() >= 10, all.toString());
        var lift = all.stream().filter(c -> c.code().equals("LIFT_BROKEN")).findFirst().orElseThrow();
        assertEquals("Lift or escalator out of order", lift.label("en"));
        assertEquals("Aufzug oder Rolltreppe außer Betrieb", lift.label("de"));
        assertEquals(lift.en(), lift.label(null), "English when the language is not known");
    }

    @Test
    void anInstallationsListIsReadAndAMalformedLineRefused() {
        assertEquals(List.of(new BarrierCategories.Category("RAMP", "Ramp", "Rampe")),
                BarrierCategories.parse(List.of("# ours", "", "RAMP\tRamp\tRampe")));
        assertThrows(IllegalArgumentException.class, () -> BarrierCategories.parse(List.of("ramp\tRamp\tRampe")));
        assertThrows(IllegalArgumentException.class, () -> BarrierCategories.parse(List.of("RAMP\tRamp")));
        assertThrows(IllegalArgumentException.class, () -> BarrierCategories.parse(List.of("# nothing")));
    }
}
