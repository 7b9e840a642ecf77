package org.coproduce.open311.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.coproduce.platform.Ids;
import org.coproduce.problems.InvalidInput;
import org.coproduce.stories.control.StoryCursor;
import org.coproduce.stories.control.StoryFilter;
import org.coproduce.stories.control.StorySearch;

/**
 * GET requests: the given {@code service_request_id}s (any state, as one request answers; this overrides the other
 * arguments), else the published stories, newest first, published between {@code start_date} and {@code end_date}
 * (the last 90 days by default, at most 90 days; without an end, up to now, including a story whose stored time a
 * database rounded up past it), of the given service codes and statuses, at most 1000. An end is inclusive to the second.
 */
@ApplicationScoped
public class RequestSearch {

    static final int MOST = 1_000;
    static final int CHUNK = 100;
    static final Duration SPAN = Duration.ofDays(90);
    private static final Set<String> STATUSES = Set.of("open", "closed");

    @Inject
    StorySearch search;

    @Inject
    RequestViews views;

    @Inject
    Clock clock;

    public record Query(String ids, String codes, String start, String end, String statuses) {
    }

    public List<Map<String, Object>> find(Query query, String language) {
        if (query.ids() != null && !query.ids().isBlank()) {
            return list(query.ids()).stream().distinct().limit(MOST).map(id -> views.find(id, language)).flatMap(Optional::stream).toList();
        }
        var statuses = list(query.statuses()).stream().map(s -> s.toLowerCase(java.util.Locale.ROOT)).toList();
        statuses.stream().filter(s -> !STATUSES.contains(s)).findFirst()
                .ifPresent(s -> { throw new InvalidInput("status", "must be open or closed (comma-separated for both)"); });
        var codes = list(query.codes());
        Instant now = clock.instant();
        var end = instant("end_date", query.end());
        Instant start = instant("start_date", query.start()).orElse(end.orElse(now).minus(SPAN));
        if (end.isPresent() && start.isAfter(end.get())) {
            throw new InvalidInput("end_date", "must not be before start_date");
        }
        if (Duration.between(start, end.orElse(now)).compareTo(SPAN) > 0) {
            throw new InvalidInput("start_date", "the range may span at most 90 days");
        }
        Optional<Set<Long>> serviceIds = !codes.isEmpty() && codes.stream().allMatch(c -> Ids.parse(c).isPresent())
                ? Optional.of(codes.stream().map(c -> Ids.parse(c).orElseThrow()).collect(Collectors.toSet())) : Optional.empty();
        var filter = new StoryFilter(serviceIds, Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(start),
                end.map(at -> at.plusSeconds(1)));
        var found = new ArrayList<Map<String, Object>>();
        Optional<StoryCursor> after = Optional.empty();
        do {
            var page = search.find(filter, after, 0, CHUNK);
            page.items().stream().map(s -> views.published(s, language)).filter(v -> RequestViews.matches(v, statuses, codes))
                    .limit(MOST - found.size()).forEach(found::add);
            after = page.next();
        } while (after.isPresent() && found.size() < MOST);
        return found;
    }

    private static List<String> list(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return new ArrayList<>(new LinkedHashSet<>(Arrays.stream(text.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList()));
    }

    private static Optional<Instant> instant(String field, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text.strip()).toInstant());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "must be a date and time with its offset, e.g. 2026-01-01T00:00:00Z");
        }
    }
}
