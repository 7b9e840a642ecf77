package org.coproduce.accountability.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.coproduce.changes.boundary.Evidence;
import org.coproduce.outcomes.entity.Figure;

/**
 * "You said, we did" for an organisation or a service: the changes made and those in progress
 * (planned), each with the published stories behind it. Links are relative to the site's root.
 */
public record YouSaidWeDid(ScopeView scope, boolean suppressed, int months, Part made, Part inProgress) {

    /** The organisation or service; for a service, its organisation too. */
    public record ScopeView(String kind, long id, String name, long organisationId, String organisationName, String link) {
    }

    /** The newest changes of one kind and how many there are in all. */
    public record Part(List<Entry> changes, long total) {
    }

    /**
     * One change. {@code evidence} and {@code difference} only for a change made; {@code stories}
     * only the published ones, newest first; {@code proposals} the citizens' proposals behind it
     * (issue 16 item 4: always empty until the changes component offers them).
     */
    public record Entry(long id, String status, String description, LocalDate plannedOn, LocalDate madeOn, long organisationId,
            String organisationName, List<Ref> services, List<Theme> themes, List<Told> stories, List<Proposal> proposals,
            Evidence evidence, Map<String, Figure> difference, String link) {
    }

    public record Ref(long id, String name, String link) {
    }

    public record Theme(String code, String label) {
    }

    public record Told(long id, String title, Instant publishedAt, String link) {
    }

    public record Proposal(long id, String title, String link) {
    }
}
