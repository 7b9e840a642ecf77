package org.coproduce.outcomes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coproduce.platform.Page;
import org.coproduce.platform.Paging;
import org.coproduce.platform.Settings;

/**
 * The published stories behind a number, newest first, found through the drill-down index kept
 * with the ledger of what was counted (outcome_service_story, or outcome_theme_story for a
 * theme), so that the list always matches the figure it came from and the scope (its own rows:
 * a service's, an organisation's or the platform's), range and theme are one index range: its
 * cost grows with the stories behind the number, not with all stories. The other filters
 * (criticality, sentiment, answer, deadline, change, polarity) read columns of the same index
 * rows, which hold what was counted of the story: no ledger rows are read.
 */
@ApplicationScoped
public class DrillDown {

    /**
     * A combination of filters that is no dashboard number is counted in the index up to this
     * many stories (COPRODUCE_DRILL_COUNT_CAP, default 10,000, at least 5): beyond, the total is
     * "at least" that, so the count does not grow with every story of a long range.
     */
    final int countCap = Math.max(5, Settings.number("COPRODUCE_DRILL_COUNT_CAP", 10_000));

    @PersistenceContext
    EntityManager em;

    @Inject
    SummaryReader summaries;

    /** One page of the stories behind a number, and their total; {@code totalAtLeast}: there are more (see {@link #countCap}). */
    public record Found(Page<Long> page, boolean totalAtLeast) {
    }

    @SuppressWarnings("unchecked")
    public Found storyIds(Drill drill, Paging paging) {
        var where = new ArrayList<String>();
        var parameters = new ArrayList<Object>();
        String from = drill.theme().isPresent() ? "outcome_theme_story x" : "outcome_service_story x";
        where.add("x.service_id = ?");
        parameters.add(drill.scope().summaryRow());
        drill.theme().ifPresent(code -> {
            where.add("x.code = ?");
            parameters.add(code);
            where.add(drill.polarity().isPresent() ? "x.polarity = ?" : "x.polarity in ('GOOD', 'IMPROVE')");
            drill.polarity().ifPresent(parameters::add);
        });
        where.add("x.published_at >= ? and x.published_at < ?");
        parameters.add(Timestamp.from(drill.range().start()));
        parameters.add(Timestamp.from(drill.range().end()));
        filters(drill, where, parameters);
        String filter = " from " + from + " where " + String.join(" and ", where);
        var list = bound(em.createNativeQuery("select x.story_id, x.published_at" + filter
                + " order by x.published_at desc, x.story_id desc"), parameters);
        List<Object[]> rows = list.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        var ids = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
        var cell = cell(drill);
        if (cell.isPresent()) {
            var range = drill.range();
            long total = drill.theme().isPresent() ? summaries.themeTotal(drill.scope(), range, drill.theme().get(), drill.polarity())
                    : summaries.total(drill.scope(), range, cell.get());
            return new Found(new Page<>(ids, total, paging.page(), paging.size()), false);
        }
        var count = bound(em.createNativeQuery("select count(*) from (select 1 as one" + filter + " limit " + (countCap + 1L)
                + ") capped"), parameters);
        long counted = ((Number) count.getSingleResult()).longValue();
        boolean more = counted > countCap;
        return new Found(new Page<>(ids, more ? countCap : counted, paging.page(), paging.size()), more);
    }

    private static jakarta.persistence.Query bound(jakarta.persistence.Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    /**
     * The dashboard cell this drill-down lists the stories of, when it is one (a number's own
     * link: stories, a criticality, a sentiment, concerns, answered, overdue, changes, a theme):
     * its total is then that cell summed over the range's summary rows ({@link SummaryReader}), which are kept in the
     * same transaction as the index rows, instead of a count of index rows that grows with the
     * stories. Any other combination of filters is counted in the index.
     */
    static Optional<String> cell(Drill drill) {
        var filters = new ArrayList<String>();
        drill.criticality().ifPresent(c -> filters.add(c >= 0 && c <= 5 ? "critical_" + c : null));
        drill.sentiment().ifPresent(s -> filters.add(StoryFacts.SENTIMENTS.contains(s) ? "sentiment_" + s : null));
        drill.responded().ifPresent(r -> filters.add(r ? "responded" : null));
        drill.overdue().ifPresent(o -> filters.add(o ? "overdue" : null));
        if (drill.theme().isEmpty()) {
            drill.polarity().ifPresent(p -> filters.add("IMPROVE".equals(p) ? "concerns" : null));
        }
        drill.concern().ifPresent(c -> filters.add(c ? "concerns" : null));
        drill.change().ifPresent(c -> filters.add(switch (c) {
            case StoryFacts.PLANNED -> "changes_planned";
            case StoryFacts.MADE -> "changes_made";
            default -> "any change";
        }));
        if (drill.theme().isPresent()) {
            return filters.isEmpty() ? Optional.of("stories") : Optional.empty();
        }
        if (filters.equals(List.of("concerns", "any change"))) {
            return Optional.of("concerns_changed");
        }
        if (filters.isEmpty()) {
            return Optional.of("stories");
        }
        String only = filters.getFirst();
        return filters.size() == 1 && only != null && !only.equals("any change") ? Optional.of(only) : Optional.empty();
    }

    /** Adds the filters on what was counted of each story, kept in its index row. */
    private static void filters(Drill drill, List<String> where, List<Object> parameters) {
        if (drill.theme().isEmpty()) {
            drill.polarity().ifPresent(p -> where.add("IMPROVE".equals(p) ? "x.concern = true" : "x.praise = true"));
        }
        drill.criticality().ifPresent(c -> {
            where.add("x.criticality = ?");
            parameters.add(c);
        });
        drill.sentiment().ifPresent(s -> {
            where.add("x.sentiment = ?");
            parameters.add(s);
        });
        drill.responded().ifPresent(r -> {
            where.add("x.responded = ?");
            parameters.add(r);
        });
        drill.overdue().ifPresent(o -> {
            where.add("x.overdue = ?");
            parameters.add(o);
        });
        drill.change().ifPresent(c -> {
            if ("ANY".equals(c)) {
                where.add("x.change_kind is not null");
            } else {
                where.add("x.change_kind = ?");
                parameters.add(c);
            }
        });
        drill.concern().ifPresent(c -> {
            where.add("x.concern = ?");
            parameters.add(c);
        });
    }
}
