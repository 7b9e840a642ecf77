package org.coproduce.outcomes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Of the stories counted for some services over some months, how many raise any of some themes
 * as something to improve: the two sides of a before/after comparison. Reads the ledger of
 * counted stories for the services and months asked (bounded), never the whole story table.
 */
@ApplicationScoped
public class ThemeShares {

    @PersistenceContext
    EntityManager em;

    public record Count(long stories, long raising) {
    }

    public Count count(Set<Long> services, Set<String> themes, YearMonth from, YearMonth to) {
        if (services.isEmpty() || themes.isEmpty()) {
            return new Count(0, 0);
        }
        var parameters = new ArrayList<Object>(themes);
        parameters.add(Months.key(from));
        parameters.add(Months.key(to));
        String marks = themes.stream().map(t -> "?").collect(Collectors.joining(","));
        String ids = services.stream().map(String::valueOf).collect(Collectors.joining(","));
        var query = em.createNativeQuery("select count(*), coalesce(sum(case when exists (select 1 from story_theme t where"
                + " t.story_id = o.story_id and t.polarity = 'IMPROVE' and t.code in (" + marks + ")) then 1 else 0 end), 0)"
                + " from outcome_story o where o.ym between ? and ? and exists (select 1 from story_service ss where"
                + " ss.story_id = o.story_id and ss.service_id in (" + ids + "))");
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        Object[] row = (Object[]) query.getSingleResult();
        return new Count(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    public static List<YearMonth> window(YearMonth made, int months, boolean before) {
        return before ? List.of(made.minusMonths(months), made.minusMonths(1)) : List.of(made.plusMonths(1), made.plusMonths(months));
    }
}
