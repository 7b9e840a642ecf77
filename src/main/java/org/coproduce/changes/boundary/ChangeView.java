package org.coproduce.changes.boundary;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.coproduce.outcomes.entity.Figure;

/** A change as anyone sees it, with its storytellers' answers to "did it make a difference?". */
public record ChangeView(long id, long organisationId, String organisationName, String description, String status,
        LocalDate plannedOn, LocalDate madeOn, List<Ref> services, List<String> themes, List<Long> storyIds,
        Map<String, Figure> difference, long version) {

    public record Ref(long id, String name) {
    }
}
