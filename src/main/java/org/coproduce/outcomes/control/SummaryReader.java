package org.coproduce.outcomes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Reads the summary tables for a scope and months, summed over the scope's services. */
@ApplicationScoped
public class SummaryReader {

    @PersistenceContext
    EntityManager em;

    public record ThemeCount(int month, String code, String polarity, long stories) {
    }

    /** Per month: the service_month counters in {@link Deltas#COLUMNS} order. */
    @SuppressWarnings("unchecked")
    public Map<Integer, long[]> months(Scope scope, YearMonth from, YearMonth to) {
        String sums = Deltas.COLUMNS.stream().map(c -> "sum(" + c + ")").collect(Collectors.joining(", "));
        List<Object[]> rows = em.createNativeQuery("select ym, " + sums + " from service_month where service_id in ("
                + in(scope) + ") and ym between ? and ? group by ym")
                .setParameter(1, Months.key(from)).setParameter(2, Months.key(to)).getResultList();
        var byMonth = new TreeMap<Integer, long[]>();
        for (Object[] row : rows) {
            long[] values = new long[Deltas.COLUMNS.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = ((Number) row[i + 1]).longValue();
            }
            byMonth.put(((Number) row[0]).intValue(), values);
        }
        return byMonth;
    }

    @SuppressWarnings("unchecked")
    public List<ThemeCount> themes(Scope scope, YearMonth from, YearMonth to) {
        List<Object[]> rows = em.createNativeQuery("select ym, code, polarity, sum(stories) from theme_month where service_id in ("
                + in(scope) + ") and ym between ? and ? group by ym, code, polarity")
                .setParameter(1, Months.key(from)).setParameter(2, Months.key(to)).getResultList();
        return rows.stream().map(r -> new ThemeCount(((Number) r[0]).intValue(), (String) r[1], (String) r[2],
                ((Number) r[3]).longValue())).toList();
    }

    /** Per month: answered stories by whole days to the first response. */
    @SuppressWarnings("unchecked")
    public Map<Integer, Map<Integer, Long>> responseDays(Scope scope, YearMonth from, YearMonth to) {
        List<Object[]> rows = em.createNativeQuery("select ym, days, sum(stories) from response_day where service_id in ("
                + in(scope) + ") and ym between ? and ? group by ym, days")
                .setParameter(1, Months.key(from)).setParameter(2, Months.key(to)).getResultList();
        var byMonth = new HashMap<Integer, Map<Integer, Long>>();
        for (Object[] r : rows) {
            byMonth.computeIfAbsent(((Number) r[0]).intValue(), k -> new HashMap<>())
                    .put(((Number) r[1]).intValue(), ((Number) r[2]).longValue());
        }
        return byMonth;
    }

    /** Ids only, never client input: safe to write into the statement. */
    private static String in(Scope scope) {
        return scope.summaryRows().stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
