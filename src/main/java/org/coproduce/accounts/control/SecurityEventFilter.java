package org.coproduce.accounts.control;

import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import org.coproduce.accounts.entity.SecurityEvent;
import org.coproduce.platform.Ids;
import org.coproduce.problems.InvalidInput;

/**
 * Which security events an admin asks for: a kind, an account (as actor or subject), and a time
 * range {@code from} (inclusive) to {@code to} (exclusive), each an instant
 * ({@code 2026-12-04T13:00:00Z}) or a day ({@code 2026-12-04}: {@code to} then includes that day).
 * Unparseable values are a 400 naming the parameter.
 */
public record SecurityEventFilter(SecurityEvent.Kind kind, Long account, Instant from, Instant to) {

    public static SecurityEventFilter of(String kind, String account, String from, String to) {
        var filter = new SecurityEventFilter(
                blank(kind) ? null : SecurityEvent.Kind.parse(kind).orElseThrow(() -> new InvalidInput("kind",
                        "must be one of " + Arrays.toString(SecurityEvent.Kind.values()))),
                blank(account) ? null : Ids.parse(account).orElseThrow(() -> new InvalidInput("account",
                        "must be an account id")),
                blank(from) ? null : instant("from", from, false),
                blank(to) ? null : instant("to", to, true));
        if (filter.from != null && filter.to != null && !filter.from.isBefore(filter.to)) {
            throw new InvalidInput("to", "must be after from");
        }
        return filter;
    }

    String jpql() {
        var conditions = new ArrayList<String>();
        if (kind != null) {
            conditions.add("e.kind = :kind");
        }
        if (account != null) {
            conditions.add("(e.actorAccountId = :account or e.subjectAccountId = :account)");
        }
        if (from != null) {
            conditions.add("e.occurredAt >= :from");
        }
        if (to != null) {
            conditions.add("e.occurredAt < :to");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query) {
        if (kind != null) {
            query.setParameter("kind", kind.name());
        }
        if (account != null) {
            query.setParameter("account", account);
        }
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
        return query;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static Instant instant(String field, String text, boolean endOfDay) {
        String value = text.strip();
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "must be a day (2026-12-04) or an instant (2026-12-04T13:00:00Z)");
        }
    }
}
