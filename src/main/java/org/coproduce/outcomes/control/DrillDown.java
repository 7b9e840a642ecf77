package org.coproduce.outcomes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.coproduce.platform.Page;
import org.coproduce.platform.Paging;

/**
 * The published stories behind a number, newest first, found through the ledger of what was
 * counted (outcome_story), so that the list always matches the figure it came from.
 */
@ApplicationScoped
public class DrillDown {

    @PersistenceContext
    EntityManager em;

    @SuppressWarnings("unchecked")
    public Page<Long> storyIds(Drill drill, Paging paging) {
        var where = new ArrayList<String>(List.of("o." + drill.range().span().column + " between ? and ?"));
        var parameters = new ArrayList<Object>(List.of(drill.range().from(), drill.range().to()));
        if (!drill.scope().isPlatform()) {
            where.add("exists (select 1 from story_service ss where ss.story_id = o.story_id and ss.service_id in ("
                    + drill.scope().summaryRows().stream().map(String::valueOf).collect(Collectors.joining(",")) + "))");
        }
        drill.theme().ifPresent(code -> {
            where.add("exists (select 1 from story_theme st where st.story_id = o.story_id and st.code = ?"
                    + (drill.polarity().isPresent() ? " and st.polarity = ?" : "") + ")");
            parameters.add(code);
            drill.polarity().ifPresent(parameters::add);
        });
        if (drill.theme().isEmpty()) {
            drill.polarity().ifPresent(p -> {
                where.add("exists (select 1 from story_theme st where st.story_id = o.story_id and st.polarity = ?)");
                parameters.add(p);
            });
        }
        drill.criticality().ifPresent(c -> {
            where.add("o.criticality = ?");
            parameters.add(c);
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
                + " sc.story_id = o.story_id and sc.polarity = 'IMPROVE')"));
        String filter = " from outcome_story o where " + String.join(" and ", where);
        var list = em.createNativeQuery("select o.story_id" + filter + " order by o.published_at desc, o.story_id desc");
        var count = em.createNativeQuery("select count(*)" + filter);
        for (int i = 0; i < parameters.size(); i++) {
            list.setParameter(i + 1, parameters.get(i));
            count.setParameter(i + 1, parameters.get(i));
        }
        List<Object> ids = list.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        long total = ((Number) count.getSingleResult()).longValue();
        return new Page<>(ids.stream().map(id -> ((Number) id).longValue()).toList(), total, paging.page(), paging.size());
    }
}
