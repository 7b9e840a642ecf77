package org.coproduce.outcomes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Reads the summary tables (by month or by week) for a scope and range: the scope's own rows. */
@ApplicationScoped
public class SummaryReader {

    @PersistenceContext
    EntityManager em;

    /** Stories with a theme and polarity in one period (yyyymm or yyyyww). */
    public record ThemeCount(int period, String code, String polarity, long stories) {
    }

    /** Per month: the service_month counters in {@link Deltas#COLUMNS} order. */
    public Map<Integer, long[]> months(Scope scope, YearMonth from, YearMonth to) {
        return counters(scope, Range.months(from, to));
    }

    public List<ThemeCount> themes(Scope scope, YearMonth from, YearMonth to) {
        return themes(scope, Range.months(from, to));
    }

    /** Per period: the counters in {@link Deltas#COLUMNS} order. */
    @SuppressWarnings("unchecked")
    public Map<Integer, long[]> counters(Scope scope, Range range) {
        String sums = Deltas.COLUMNS.stream().map(c -> "sum(" + c + ")").collect(Collectors.joining(", "));
        String key = range.span().column;
        List<Object[]> rows = em.createNativeQuery("select " + key + ", " + sums + " from " + range.span().counters
                + " where service_id = ? and " + key + " between ? and ? group by " + key)
                .setParameter(1, scope.summaryRow()).setParameter(2, range.from()).setParameter(3, range.to()).getResultList();
        var byPeriod = new TreeMap<Integer, long[]>();
        for (Object[] row : rows) {
            long[] values = new long[Deltas.COLUMNS.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = ((Number) row[i + 1]).longValue();
            }
            byPeriod.put(((Number) row[0]).intValue(), values);
        }
        return byPeriod;
    }

    @SuppressWarnings("unchecked")
    public List<ThemeCount> themes(Scope scope, Range range) {
        String key = range.span().column;
        List<Object[]> rows = em.createNativeQuery("select " + key + ", code, polarity, sum(stories) from " + range.span().themes
                + " where service_id = ? and " + key + " between ? and ? group by " + key + ", code, polarity")
                .setParameter(1, scope.summaryRow()).setParameter(2, range.from()).setParameter(3, range.to()).getResultList();
        return rows.stream().map(r -> new ThemeCount(((Number) r[0]).intValue(), (String) r[1], (String) r[2],
                ((Number) r[3]).longValue())).toList();
    }

    /** One counter ({@link Deltas#COLUMNS}) summed over the range: the total of a dashboard number. */
    public long total(Scope scope, Range range, String column) {
        if (!Deltas.COLUMNS.contains(column)) {
            throw new IllegalArgumentException("not a counter: " + column);
        }
        return number(em.createNativeQuery("select coalesce(sum(" + column + "), 0) from " + range.span().counters
                + " where service_id = ? and " + range.span().column + " between ? and ?"), scope, range);
    }

    /** Stories with a theme (with this polarity, or either when none) summed over the range. */
    public long themeTotal(Scope scope, Range range, String code, Optional<String> polarity) {
        var query = em.createNativeQuery("select coalesce(sum(stories), 0) from " + range.span().themes + " where service_id = ? and "
                + range.span().column + " between ? and ? and code = ? and "
                + (polarity.isPresent() ? "polarity = ?" : "polarity in ('GOOD', 'IMPROVE')")).setParameter(4, code);
        polarity.ifPresent(p -> query.setParameter(5, p));
        return number(query, scope, range);
    }

    private static long number(jakarta.persistence.Query query, Scope scope, Range range) {
        return ((Number) query.setParameter(1, scope.summaryRow()).setParameter(2, range.from()).setParameter(3, range.to())
                .getSingleResult()).longValue();
    }

    /** Per period: answered stories by whole days to the first response. */
    @SuppressWarnings("unchecked")
    public Map<Integer, Map<Integer, Long>> responseDays(Scope scope, Range range) {
        String key = range.span().column;
        List<Object[]> rows = em.createNativeQuery("select " + key + ", days, sum(stories) from " + range.span().responseDays
                + " where service_id = ? and " + key + " between ? and ? group by " + key + ", days")
                .setParameter(1, scope.summaryRow()).setParameter(2, range.from()).setParameter(3, range.to()).getResultList();
        var byPeriod = new HashMap<Integer, Map<Integer, Long>>();
        for (Object[] r : rows) {
            byPeriod.computeIfAbsent(((Number) r[0]).intValue(), k -> new HashMap<>())
                    .put(((Number) r[1]).intValue(), ((Number) r[2]).longValue());
        }
        return byPeriod;
    }
}
