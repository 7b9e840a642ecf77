package org.coproduce.outcomes.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.coproduce.outcomes.entity.Dashboard;
import org.coproduce.outcomes.entity.Figure;

/** Turns summary rows into a dashboard: periods, totals, theme series, suppression, drill links. */
public final class Dashboards {

    public static final String MEDIAN_METHOD = "median of whole days to the first response (exact to the day);"
            + " mean from summed hours";

    /** What the summary tables hold for a scope and range, by month or week key. */
    public record Data(Map<Integer, long[]> counters, List<SummaryReader.ThemeCount> themes,
            Map<Integer, Map<Integer, Long>> responseDays) {
    }

    /** {@code range} is in the calendar of {@code by}: weeks for WEEK, months otherwise. */
    public record Request(Scope scope, Range range, Grouping by, Suppression suppression, boolean staff) {
    }

    private Dashboards() {
    }

    public static Dashboard build(Request request, Data data, BiFunction<String, String, String> labels) {
        var periods = request.by().periods(request.range());
        var periodViews = new ArrayList<Dashboard.Period>();
        periods.forEach((label, keys) -> periodViews.add(period(request, data, label, keys)));
        var total = period(request, data, "total", request.range().keys());
        return new Dashboard(new Dashboard.Scope(request.scope().kind(), request.scope().id(), request.scope().name()),
                request.range().fromLabel(), request.range().toLabel(), request.by().parameter(), request.suppression().on(),
                MEDIAN_METHOD, total, periodViews, themes(request, data, periods, labels));
    }

    static Dashboard.Period period(Request request, Data data, String label, List<Integer> keys) {
        long[] sum = new long[Deltas.COLUMNS.size()];
        var days = new HashMap<Integer, Long>();
        for (int key : keys) {
            long[] values = data.counters().get(key);
            if (values != null) {
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += values[i];
                }
            }
            data.responseDays().getOrDefault(key, Map.of()).forEach((d, n) -> days.merge(d, n, Long::sum));
        }
        var s = request.suppression();
        long stories = value(sum, "stories");
        long responded = value(sum, "responded");
        long concerns = value(sum, "concerns");
        long concernsChanged = value(sum, "concerns_changed");
        var criticality = new ArrayList<Figure>();
        for (int c = 0; c <= 5; c++) {
            criticality.add(s.count(value(sum, "critical_" + c)));
        }
        Double meanDays = responded == 0 ? null : value(sum, "response_hours") / 24.0 / responded;
        Figure overdue = request.staff() ? s.count(value(sum, "overdue")) : Figure.NONE;
        var span = request.range().span();
        String first = span.label(keys.getFirst());
        String last = span.label(keys.getLast());
        return new Dashboard.Period(label, first, last, s.count(stories), criticality, s.count(concerns), s.count(responded),
                s.share(responded, stories), s.basedOn(meanDays, responded),
                s.basedOn(ResponseTimes.medianDays(days), responded), overdue, s.count(value(sum, "changes_planned")),
                s.count(value(sum, "changes_made")), s.count(concernsChanged), s.share(concernsChanged, concerns),
                drill(request.scope(), first, last, ""));
    }

    static List<Dashboard.ThemeSeries> themes(Request request, Data data, Map<String, List<Integer>> periods,
            BiFunction<String, String, String> labels) {
        var byTheme = new TreeMap<String, Map<String, Long>>();
        var labelOfKey = new HashMap<Integer, String>();
        periods.forEach((label, keys) -> keys.forEach(k -> labelOfKey.put(k, label)));
        for (var count : data.themes()) {
            byTheme.computeIfAbsent(count.code() + "|" + count.polarity(), k -> new HashMap<>())
                    .merge(labelOfKey.get(count.period()), count.stories(), Long::sum);
        }
        var series = new ArrayList<Dashboard.ThemeSeries>();
        byTheme.forEach((key, counts) -> {
            String[] parts = key.split("\\|");
            long total = counts.values().stream().mapToLong(Long::longValue).sum();
            var figures = periods.keySet().stream().map(p -> request.suppression().count(counts.getOrDefault(p, 0L))).toList();
            series.add(new Dashboard.ThemeSeries(parts[0], labels.apply(parts[0], parts[1]), parts[1],
                    request.suppression().count(total), figures, drill(request.scope(), request.range().fromLabel(),
                            request.range().toLabel(), "theme=" + parts[0] + "&polarity=" + parts[1] + "&")));
        });
        series.sort(Comparator.comparing((Dashboard.ThemeSeries t) -> t.total().value() == null ? 0 : t.total().value().longValue())
                .reversed());
        return series;
    }

    static String drill(Scope scope, String from, String to, String filter) {
        return "/api/outcomes/stories?" + scope.parameter() + filter + "from=" + from + "&to=" + to;
    }

    private static long value(long[] sum, String column) {
        return sum[Deltas.COLUMNS.indexOf(column)];
    }
}
