package org.coproduce.outcomes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.coproduce.platform.SqlValues;

/** Applies deltas to the summary tables (update, or insert the missing row) and keeps the ledger and the drill-down index. */
@ApplicationScoped
public class SummaryStore {

    @PersistenceContext
    EntityManager em;

    /** What the ledger says was counted of a story, and in which calendars (weeks came later). */
    public record Counted(StoryFacts facts, Set<Span> spans) {
    }

    /**
     * In one order for every story (by key), so that two stories counted at the same time wait
     * for each other's rows instead of deadlocking over them.
     */
    public void apply(Deltas deltas) {
        inOrder(deltas.servicePeriods()).forEach(e -> counters(e.getKey(), e.getValue()));
        inOrder(deltas.themePeriods()).forEach(e -> themes(e.getKey(), e.getValue()));
        inOrder(deltas.responseDays()).forEach(e -> days(e.getKey(), e.getValue()));
    }

    private static <K, V> List<Map.Entry<K, V>> inOrder(Map<K, V> cells) {
        return cells.entrySet().stream().sorted(Comparator.comparing(e -> e.getKey().toString())).toList();
    }

    private void counters(Deltas.ServicePeriod key, long[] values) {
        var update = em.createNativeQuery("update " + key.span().counters + " set " + Deltas.COLUMNS.stream()
                .map(c -> c + " = " + c + " + ?").collect(Collectors.joining(", ")) + " where service_id = ? and "
                + key.span().column + " = ?");
        for (int i = 0; i < values.length; i++) {
            update.setParameter(i + 1, values[i]);
        }
        update.setParameter(values.length + 1, key.service()).setParameter(values.length + 2, key.period());
        if (update.executeUpdate() == 0) {
            var insert = em.createNativeQuery("insert into " + key.span().counters + " (service_id, " + key.span().column
                    + ", " + String.join(", ", Deltas.COLUMNS) + ") values (?, ?" + ", ?".repeat(Deltas.COLUMNS.size()) + ")")
                    .setParameter(1, key.service()).setParameter(2, key.period());
            for (int i = 0; i < values.length; i++) {
                insert.setParameter(i + 3, values[i]);
            }
            insert.executeUpdate();
        }
    }

    private void themes(Deltas.ThemePeriod key, long n) {
        String table = key.span().themes;
        String column = key.span().column;
        if (em.createNativeQuery("update " + table + " set stories = stories + ? where service_id = ? and " + column
                + " = ? and code = ? and polarity = ?").setParameter(1, n).setParameter(2, key.service())
                .setParameter(3, key.period()).setParameter(4, key.code()).setParameter(5, key.polarity()).executeUpdate() == 0) {
            em.createNativeQuery("insert into " + table + " (service_id, " + column + ", code, polarity, stories)"
                    + " values (?, ?, ?, ?, ?)").setParameter(1, key.service()).setParameter(2, key.period())
                    .setParameter(3, key.code()).setParameter(4, key.polarity()).setParameter(5, n).executeUpdate();
        }
    }

    private void days(Deltas.ResponseDay key, long n) {
        String table = key.span().responseDays;
        String column = key.span().column;
        if (em.createNativeQuery("update " + table + " set stories = stories + ? where service_id = ? and " + column
                + " = ? and days = ?").setParameter(1, n).setParameter(2, key.service()).setParameter(3, key.period())
                .setParameter(4, key.days()).executeUpdate() == 0) {
            em.createNativeQuery("insert into " + table + " (service_id, " + column + ", days, stories) values (?, ?, ?, ?)")
                    .setParameter(1, key.service()).setParameter(2, key.period()).setParameter(3, key.days())
                    .setParameter(4, n).executeUpdate();
        }
    }

    /** What was last counted of this story, if anything. */
    @SuppressWarnings("unchecked")
    public Optional<Counted> counted(long storyId) {
        List<Object[]> rows = em.createNativeQuery("select services, themes, criticality, published_at, due_at, responded_at,"
                + " change_kind, overdue, yw, sentiment, organisations from outcome_story where story_id = ?").setParameter(1, storyId)
                .getResultList();
        // organisations null: counted before organisations had rows of their own, so counted for none
        return rows.stream().findFirst().map(r -> new Counted(new StoryFacts(storyId, StoryFacts.parseIds((String) r[0]),
                StoryFacts.parseIds((String) r[10]), StoryFacts.parseThemes((String) r[1]), ((Number) r[2]).intValue(), (String) r[9], instant(r[3]), instant(r[4]), instant(r[5]),
                (String) r[6], flag(r[7])), r[8] == null ? Set.of(Span.MONTH) : Tally.ALL));
    }

    /** Rewrites the ledger row of a story and its drill-down index rows; nothing for a story no longer counted. */
    public void remember(long storyId, StoryFacts facts) {
        for (String table : List.of("outcome_story", "outcome_service_story", "outcome_theme_story")) {
            em.createNativeQuery("delete from " + table + " where story_id = ?").setParameter(1, storyId).executeUpdate();
        }
        if (facts == null) {
            return;
        }
        index(storyId, facts);
        em.createNativeQuery("insert into outcome_story (story_id, ym, services, themes, criticality, published_at, due_at,"
                + " responded_at, change_kind, overdue, yw, sentiment, organisations) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, storyId).setParameter(2, facts.month()).setParameter(3, facts.servicesText())
                .setParameter(4, facts.themesText()).setParameter(5, facts.criticality())
                .setParameter(6, Timestamp.from(facts.publishedAt())).setParameter(7, Timestamp.from(facts.dueAt()))
                .setParameter(8, facts.respondedAt() == null ? null : Timestamp.from(facts.respondedAt()))
                .setParameter(9, facts.changeKind()).setParameter(10, facts.overdue()).setParameter(11, facts.week())
                .setParameter(12, facts.sentiment()).setParameter(13, facts.organisationsText())
                .executeUpdate();
    }

    private void index(long storyId, StoryFacts facts) {
        var published = Timestamp.from(facts.publishedAt().truncatedTo(ChronoUnit.SECONDS));
        var filters = facts.filterValues();
        String marks = ", ?".repeat(filters.size());
        for (long service : facts.countedFor()) {
            var row = em.createNativeQuery("insert into outcome_service_story (service_id, published_at, story_id, "
                    + StoryFacts.FILTER_COLUMNS + ") values (?, ?, ?" + marks + ")")
                    .setParameter(1, service).setParameter(2, published).setParameter(3, storyId);
            bind(row, 4, filters).executeUpdate();
            for (var theme : facts.themes()) {
                var themeRow = em.createNativeQuery("insert into outcome_theme_story (service_id, code, polarity, published_at,"
                        + " story_id, " + StoryFacts.FILTER_COLUMNS + ") values (?, ?, ?, ?, ?" + marks + ")")
                        .setParameter(1, service).setParameter(2, theme.code()).setParameter(3, theme.polarity())
                        .setParameter(4, published).setParameter(5, storyId);
                bind(themeRow, 6, filters).executeUpdate();
            }
        }
    }

    private static jakarta.persistence.Query bind(jakarta.persistence.Query query, int first, List<Object> values) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(first + i, values.get(i));
        }
        return query;
    }

    static Instant instant(Object value) {
        return SqlValues.instant(value);
    }

    static boolean flag(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }
}
