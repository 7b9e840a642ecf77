package org.coproduce.outcomes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.coproduce.platform.Page;
import org.coproduce.platform.Paging;

/**
 * The published stories behind a number, newest first, found through the drill-down index kept
 * with the ledger of what was counted (outcome_service_story, or outcome_theme_story for a
 * theme), so that the list always matches the figure it came from and the scope (its own rows:
 * a service's, an organisation's or the platform's), range and theme are one index range: its cost grows with the stories behind the number, not with all stories.
 * Other filters read the story's ledger row.
 */
@ApplicationScoped
public class DrillDown {

    @PersistenceContext
    EntityManager em;

    @SuppressWarnings("unchecked")
    public Page<Long> storyIds(Drill drill, Paging paging) {
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
        boolean ledger = ledgerFilters(drill, where, parameters);
        String filter = " from " + from + (ledger ? " join outcome_story o on o.story_id = x.story_id" : "") + " where "
                + String.join(" and ", where);
        var list = em.createNativeQuery("select x.story_id, x.published_at" + filter
                + " order by x.published_at desc, x.story_id desc");
        var count = em.createNativeQuery("select count(*)" + filter);
        for (int i = 0; i < parameters.size(); i++) {
            list.setParameter(i + 1, parameters.get(i));
            count.setParameter(i + 1, parameters.get(i));
        }
        List<Object[]> rows = list.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        long total = ((Number) count.getSingleResult()).longValue();
        return new Page<>(rows.stream().map(r -> ((Number) r[0]).longValue()).toList(), total, paging.page(), paging.size());
    }

    /** Adds the filters on what the ledger counted; whether any needs the ledger row. */
    private static boolean ledgerFilters(Drill drill, List<String> where, List<Object> parameters) {
        if (drill.theme().isEmpty()) {
            drill.polarity().ifPresent(p -> {
                where.add("exists (select 1 from story_theme st where st.story_id = x.story_id and st.polarity = ?)");
                parameters.add(p);
            });
        }
        drill.criticality().ifPresent(c -> {
            where.add("o.criticality = ?");
            parameters.add(c);
        });
        drill.sentiment().ifPresent(s -> {
            where.add("o.sentiment = ?");
            parameters.add(s);
        });
        drill.responded().ifPresent(r -> where.add(r ? "o.responded_at is not null" : "o.responded_at is null"));
        drill.overdue().ifPresent(o -> {
            where.add("o.overdue = ?");
            parameters.add(o);
        });
        drill.change().ifPresent(c -> {
            if ("ANY".equals(c)) {
                where.add("o.change_kind is not null");
            } else {
                where.add("o.change_kind = ?");
                parameters.add(c);
            }
        });
        drill.concern().ifPresent(c -> where.add((c ? "" : "not ") + "exists (select 1 from story_theme sc where"
                + " sc.story_id = x.story_id and sc.polarity = 'IMPROVE')"));
        return drill.criticality().isPresent() || drill.sentiment().isPresent() || drill.responded().isPresent() || drill.overdue().isPresent()
                || drill.change().isPresent();
    }
}
