package org.coproduce.outcomes.control;

import java.util.Set;

/**
 * What a dashboard covers: the platform, an organisation with its children (its own summary
 * rows), or one service. {@code organisations} are those whose quality managers see it.
 */
public record Scope(String kind, Long id, String name, Set<Long> organisations) {

    public static final String PLATFORM = "PLATFORM";
    public static final String ORGANISATION = "ORGANISATION";
    public static final String SERVICE = "SERVICE";

    public static Scope platform() {
        return new Scope(PLATFORM, null, "Coproduce", Set.of());
    }

    public boolean isPlatform() {
        return PLATFORM.equals(kind);
    }

    /** The one summary row key this scope is read from: the platform's, an organisation's own, or the service's. */
    public long summaryRow() {
        return switch (kind) {
            case ORGANISATION -> Tally.organisationRow(id);
            case SERVICE -> id;
            default -> Tally.PLATFORM;
        };
    }

    /** The query parameters that select this scope again, for drill-down links. */
    public String parameter() {
        return switch (kind) {
            case ORGANISATION -> "organisation=" + id + "&";
            case SERVICE -> "service=" + id + "&";
            default -> "";
        };
    }
}
