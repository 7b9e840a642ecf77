package org.coproduce.participation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ParticipationTest {

    static final Instant OPENED = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void opensClosesAndOpensAgainKeepingWhenItLastOpened() {
        var participation = new Participation(7);
        assertFalse(participation.isOpen());
        participation.open(true, 1, OPENED);
        participation.open(true, 1, OPENED.plusSeconds(60));
        assertEquals(OPENED, participation.openedAt(), "opening an open one changes nothing");
        participation.open(false, 1, OPENED.plusSeconds(120));
        assertEquals(OPENED.plusSeconds(120), participation.closedAt());
        participation.open(true, 1, OPENED.plusSeconds(180));
        assertTrue(participation.isOpen());
        assertNull(participation.closedAt());
    }
}
