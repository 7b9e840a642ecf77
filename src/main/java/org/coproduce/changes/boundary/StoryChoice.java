package org.coproduce.changes.boundary;

import java.time.Instant;
import java.util.List;

/** A published story routed to an organisation, as the change form offers it to link. */
public record StoryChoice(long id, String title, Instant publishedAt, String progress, List<String> services) {
}
