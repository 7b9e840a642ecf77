package org.coproduce.changes.boundary;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.coproduce.changes.control.ChangeRegister;
import org.coproduce.changes.entity.Change;
import org.coproduce.problems.InvalidInput;

/** Checks a change's input field by field and turns it into a draft. */
final class ChangeDrafts {

    private ChangeDrafts() {
    }

    static ChangeRegister.Draft of(ChangeInput in) {
        String status = in.status() == null ? Change.PLANNED : in.status().strip().toUpperCase(Locale.ROOT);
        if (!Change.STATUSES.contains(status)) {
            throw new InvalidInput("status", "must be PLANNED, MADE or DROPPED");
        }
        LocalDate madeOn = date("madeOn", in.madeOn());
        if (Change.MADE.equals(status) && madeOn == null) {
            throw new InvalidInput("madeOn", "a change marked MADE needs the date it was made");
        }
        return new ChangeRegister.Draft(in.organisationId(), in.description().strip(), new HashSet<>(orEmpty(in.serviceIds())),
                new HashSet<>(orEmpty(in.themes())), new HashSet<>(orEmpty(in.storyIds())), date("plannedOn", in.plannedOn()),
                status, madeOn);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list.stream().filter(java.util.Objects::nonNull).toList();
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "must be a date written YYYY-MM-DD");
        }
    }
}
