package org.coproduce.background.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxDueTest {

    static final Instant NOW = Instant.parse("2026-12-05T04:42:07.900Z");

    @Test
    void aDelayedTaskIsDueFromTheNextWholeSecondSoThatStoringItToTheSecondNeverMakesItEarly() {
        assertEquals(Instant.parse("2026-12-05T04:42:10Z"), Outbox.due(NOW, Duration.ofSeconds(2)));
        assertEquals(Instant.parse("2026-12-05T04:42:09Z"), Outbox.due(Instant.parse("2026-12-05T04:42:07Z"), Duration.ofSeconds(2)));
    }

    @Test
    void aTaskWithoutDelayIsDueAtOnce() {
        assertEquals(NOW, Outbox.due(NOW, Duration.ZERO));
    }
}
