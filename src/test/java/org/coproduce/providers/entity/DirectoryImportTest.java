package org.coproduce.providers.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DirectoryImportTest {

    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    @Test
    void keepsWhatItsPreviewCountedAndIsAppliedOnlyOnce() {
        var upload = new DirectoryImport("ods.csv", "type,scheme,code", 7L, NOW, new ImportCounts(3, 1, 2));
        assertFalse(upload.isApplied());
        assertNull(upload.appliedCounts());
        upload.applied(new ImportCounts(3, 0, 2), NOW.plusSeconds(60));
        assertTrue(upload.isApplied());
        assertEquals(new ImportCounts(3, 1, 2), upload.preview());
        assertEquals(new ImportCounts(3, 0, 2), upload.appliedCounts());
        assertThrows(IllegalStateException.class, () -> upload.applied(new ImportCounts(0, 0, 0), NOW.plusSeconds(120)));
        assertEquals(new ImportCounts(3, 0, 2), upload.appliedCounts());
    }

    @Test
    void aRetiredServiceKeepsItsFirstRetirementUntilReinstated() {
        var service = new Service(new Organisation("Trust", null), "Ward", ServiceCategory.HEALTH);
        service.identify(new ExternalId("ODS", "RXX01"));
        service.retire(NOW);
        service.retire(NOW.plusSeconds(60));
        assertEquals(NOW, service.retiredAt());
        service.reinstate();
        assertFalse(service.retired());
        assertEquals(new ExternalId("ODS", "RXX01"), service.externalId());
    }
}
