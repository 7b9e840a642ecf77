package org.coproduce.stories.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.coproduce.problems.InvalidInput;

/** Published from the start of {@code from} to the end of {@code to}, both ISO dates (UTC) and optional. */
record DateRange(Optional<Instant> from, Optional<Instant> to) {

    static DateRange of(String from, String to) {
        var start = day("from", from);
        var end = day("to", to);
        if (start.isPresent() && end.isPresent() && start.get().isAfter(end.get())) {
            throw new InvalidInput("to", "must not be before from");
        }
        return new DateRange(start.map(d -> d.atStartOfDay(ZoneOffset.UTC).toInstant()),
                end.map(d -> d.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    private static Optional<LocalDate> day(String field, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "must be a date like 2026-01-31");
        }
    }
}
