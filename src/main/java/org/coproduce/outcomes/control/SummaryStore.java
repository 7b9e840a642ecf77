package org.coproduce.outcomes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Applies deltas to the summary tables (update, or insert the missing row) and keeps the ledger. */
@ApplicationScoped
public class SummaryStore {

    private static final String SERVICE_MONTH_UPDATE = "update service_month set "
            + Deltas.COLUMNS.stream().map(c -> c + " = " + c + " + ?").collect(Collectors.joining(", "))
            + " where service_id = ? and ym = ?";
    private static final String SERVICE_MONTH_INSERT = "insert into service_month (service_id, ym, "
            + String.join(", ", Deltas.COLUMNS) + ") values (?, ?" + ", ?".repeat(Deltas.COLUMNS.size()) + ")";

    @PersistenceContext
    EntityManager em;

    public void apply(Deltas deltas) {
        deltas.serviceMonths().forEach((key, values) -> {
            var update = em.createNativeQuery(SERVICE_MONTH_UPDATE);
            for (int i = 0; i < values.length; i++) {
                update.setParameter(i + 1, values[i]);
            }
            update.setParameter(values.length + 1, key.service()).setParameter(values.length + 2, key.month());
            if (update.executeUpdate() == 0) {
                var insert = em.createNativeQuery(SERVICE_MONTH_INSERT).setParameter(1, key.service()).setParameter(2, key.month());
                for (int i = 0; i < values.length; i++) {
                    insert.setParameter(i + 3, values[i]);
                }
                insert.executeUpdate();
            }
        });
        deltas.themeMonths().forEach((key, n) -> {
            if (em.createNativeQuery("update theme_month set stories = stories + ? where service_id = ? and ym = ? and code = ?"
                    + " and polarity = ?").setParameter(1, n).setParameter(2, key.service()).setParameter(3, key.month())
                    .setParameter(4, key.code()).setParameter(5, key.polarity()).executeUpdate() == 0) {
                em.createNativeQuery("insert into theme_month (service_id, ym, code, polarity, stories) values (?, ?, ?, ?, ?)")
                        .setParameter(1, key.service()).setParameter(2, key.month()).setParameter(3, key.code())
                        .setParameter(4, key.polarity()).setParameter(5, n).executeUpdate();
            }
        });
        deltas.responseDays().forEach((key, n) -> {
            if (em.createNativeQuery("update response_day set stories = stories + ? where service_id = ? and ym = ? and days = ?")
                    .setParameter(1, n).setParameter(2, key.service()).setParameter(3, key.month()).setParameter(4, key.days())
                    .executeUpdate() == 0) {
                em.createNativeQuery("insert into response_day (service_id, ym, days, stories) values (?, ?, ?, ?)")
                        .setParameter(1, key.service()).setParameter(2, key.month()).setParameter(3, key.days())
                        .setParameter(4, n).executeUpdate();
            }
        });
    }

    /** What was last counted of this story, if anything. */
    @SuppressWarnings("unchecked")
    public Optional<StoryFacts> counted(long storyId) {
        List<Object[]> rows = em.createNativeQuery("select services, themes, criticality, published_at, due_at, responded_at,"
                + " change_kind, overdue from outcome_story where story_id = ?").setParameter(1, storyId).getResultList();
        return rows.stream().findFirst().map(r -> new StoryFacts(storyId, StoryFacts.parseServices((String) r[0]),
                StoryFacts.parseThemes((String) r[1]), ((Number) r[2]).intValue(), instant(r[3]), instant(r[4]), instant(r[5]),
                (String) r[6], flag(r[7])));
    }

    public void remember(long storyId, StoryFacts facts) {
        em.createNativeQuery("delete from outcome_story where story_id = ?").setParameter(1, storyId).executeUpdate();
        if (facts == null) {
            return;
        }
        em.createNativeQuery("insert into outcome_story (story_id, ym, services, themes, criticality, published_at, due_at,"
                + " responded_at, change_kind, overdue) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, storyId).setParameter(2, facts.month()).setParameter(3, facts.servicesText())
                .setParameter(4, facts.themesText()).setParameter(5, facts.criticality())
                .setParameter(6, Timestamp.from(facts.publishedAt())).setParameter(7, Timestamp.from(facts.dueAt()))
                .setParameter(8, facts.respondedAt() == null ? null : Timestamp.from(facts.respondedAt()))
                .setParameter(9, facts.changeKind()).setParameter(10, facts.overdue()).executeUpdate();
    }

    static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Timestamp t -> t.toInstant();
            case LocalDateTime t -> t.atZone(ZoneId.systemDefault()).toInstant();
            case java.time.OffsetDateTime t -> t.toInstant();
            case Instant t -> t;
            default -> throw new IllegalStateException("not a time: " + value.getClass());
        };
    }

    static boolean flag(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }
}
