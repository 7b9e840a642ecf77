package org.coproduce.accounts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.coproduce.accounts.entity.SecurityEvent;
import org.coproduce.problems.InvalidInput;
import org.junit.jupiter.api.Test;

class SecurityEventFilterTest {

    @Test
    void nothingAskedMeansEverything() {
        var filter = SecurityEventFilter.of(null, "", null, " ");
        assertEquals(new SecurityEventFilter(null, null, null, null), filter);
        assertEquals("", filter.jpql());
    }

    @Test
    void aDayRunsFromItsStartToTheEndOfTheToDay() {
        var filter = SecurityEventFilter.of("forbidden", "7", "2026-12-01", "2026-12-04");
        assertEquals(SecurityEvent.Kind.FORBIDDEN, filter.kind());
        assertEquals(7L, filter.account());
        assertEquals(Instant.parse("2026-12-01T00:00:00Z"), filter.from());
        assertEquals(Instant.parse("2026-12-05T00:00:00Z"), filter.to());
        assertEquals(" where e.kind = :kind and (e.actorAccountId = :account or e.subjectAccountId = :account)"
                + " and e.occurredAt >= :from and e.occurredAt < :to", filter.jpql());
    }

    @Test
    void takesInstantsToo() {
        assertEquals(Instant.parse("2026-12-04T13:00:00Z"), SecurityEventFilter.of(null, null, "2026-12-04T13:00:00Z", null).from());
        assertNull(SecurityEventFilter.of(null, null, "2026-12-04T13:00:00Z", null).to());
    }

    @Test
    void namesTheFieldThatIsWrong() {
        assertEquals("kind", field(() -> SecurityEventFilter.of("NOPE", null, null, null)));
        assertEquals("account", field(() -> SecurityEventFilter.of(null, "x", null, null)));
        assertEquals("from", field(() -> SecurityEventFilter.of(null, null, "yesterday", null)));
        assertEquals("to", field(() -> SecurityEventFilter.of(null, null, null, "2026-13-01")));
        assertEquals("to", field(() -> SecurityEventFilter.of(null, null, "2026-12-04", "2026-12-01")));
    }

    private static String field(Runnable parsing) {
        return assertThrows(InvalidInput.class, parsing::run).violations().getFirst().field();
    }
}
