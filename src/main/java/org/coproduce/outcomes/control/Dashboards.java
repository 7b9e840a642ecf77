package org.coproduce.outcomes.control;

import java.time.YearMonth;
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

    /** What the summary tables hold for a scope and range. */
    public record Data(Map<Integer, long[]> months, List<SummaryReader.ThemeCount> themes,
            Map<Integer, Map<Integer, Long>> responseDays) {
    }

    public record Request(Scope scope, YearMonth from, YearMonth to, Grouping by, Suppression suppression, boolean staff) {
    }

    private Dashboards() {
    }

    public static Dashboard build(Request request, Data data, BiFunction<String, String, String> labels) {
        var periods = request.by().periods(request.from(), request.to());
        var periodViews = new ArrayList<Dashboard.Period>();
        periods.forEach((label, months) -> periodViews.add(period(request, data, label, months)));
        var total = period(request, data, "total", Months.between(request.from(), request.to()));
        return new Dashboard(new Dashboard.Scope(request.scope().kind(), request.scope().id(), request.scope().name()),
                request.from().toString(), request.to().toString(), request.by().parameter(), request.suppression().on(),
                MEDIAN_METHOD, total, periodViews, themes(request, data, periods, labels));
    }

    static Dashboard.Period period(Request request, Data data, String label, List<YearMonth> months) {
        long[] sum = new long[Deltas.COLUMNS.size()];
        var days = new HashMap<Integer, Long>();
        for (var month : months) {
            long[] values = data.months().get(Months.key(month));
            if (values != null) {
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += values[i];
                }
            }
            data.responseDays().getOrDefault(Months.key(month), Map.of()).forEach((d, n) -> days.merge(d, n, Long::sum));
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
        String first = months.getFirst().toString();
        String last = months.getLast().toString();
        return new Dashboard.Period(label, first, last, s.count(stories), criticality, s.count(concerns), s.count(responded),
                s.share(responded, stories), s.basedOn(meanDays, responded),
                s.basedOn(ResponseTimes.medianDays(days), responded), overdue, s.count(value(sum, "changes_planned")),
                s.count(value(sum, "changes_made")), s.count(concernsChanged), s.share(concernsChanged, concerns),
                drill(request.scope(), first, last, ""));
    }

    static List<Dashboard.ThemeSeries> themes(Request request, Data data, Map<String, List<YearMonth>> periods,
            BiFunction<String, String, String> labels) {
        var byTheme = new TreeMap<String, Map<String, Long>>();
        var labelOfMonth = new HashMap<Integer, String>();
        periods.forEach((label, months) -> months.forEach(m -> labelOfMonth.put(Months.key(m), label)));
        for (var count : data.themes()) {
            byTheme.computeIfAbsent(count.code() + "|" + count.polarity(), k -> new HashMap<>())
                    .merge(labelOfMonth.get(count.month()), count.stories(), Long::sum);
        }
        var series = new ArrayList<Dashboard.ThemeSeries>();
        byTheme.forEach((key, counts) -> {
            String[] parts = key.split("\\|");
            long total = counts.values().stream().mapToLong(Long::longValue).sum();
            var figures = periods.keySet().stream().map(p -> request.suppression().count(counts.getOrDefault(p, 0L))).toList();
            series.add(new Dashboard.ThemeSeries(parts[0], labels.apply(parts[0], parts[1]), parts[1],
                    request.suppression().count(total), figures, drill(request.scope(), request.from().toString(),
                            request.to().toString(), "theme=" + parts[0] + "&polarity=" + parts[1] + "&")));
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
