package org.coproduce.outcomes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Of the stories counted for some services over some months, how many raise any of some themes
 * as something to improve: the two sides of a before/after comparison. Reads the drill-down
 * index of counted stories for the services and months asked (index ranges), never the story table.
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
        var range = Range.months(from, to);
        String ids = services.stream().map(String::valueOf).collect(Collectors.joining(","));
        String marks = themes.stream().map(t -> "?").collect(Collectors.joining(","));
        var parameters = new ArrayList<Object>(List.of(Timestamp.from(range.start()), Timestamp.from(range.end())));
        long stories = count("select count(distinct x.story_id) from outcome_service_story x where x.service_id in (" + ids
                + ") and x.published_at >= ? and x.published_at < ?", parameters);
        parameters.addAll(themes);
        long raising = count("select count(distinct x.story_id) from outcome_theme_story x where x.service_id in (" + ids
                + ") and x.published_at >= ? and x.published_at < ? and x.polarity = 'IMPROVE' and x.code in (" + marks + ")",
                parameters);
        return new Count(stories, raising);
    }

    private long count(String sql, List<Object> parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    public static List<YearMonth> window(YearMonth made, int months, boolean before) {
        return before ? List.of(made.minusMonths(months), made.minusMonths(1)) : List.of(made.plusMonths(1), made.plusMonths(months));
    }
}
