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

/**
 * Turns summary rows into a dashboard: periods, totals, theme series, drill links, and for the
 * public small counts suppressed together with the cells that would give them away
 * ({@link Complement}): each shown count's total over the periods, each period's stories over
 * their criticality and over their sentiment, each theme's total over the periods.
 */
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

    private record Theme(String code, String polarity, int total, List<Integer> cells) {
    }

    private Dashboards() {
    }

    public static Dashboard build(Request request, Data data, BiFunction<String, String, String> labels) {
        var table = new Complement(request.suppression());
        var periods = new ArrayList<PeriodCells>();
        request.by().periods(request.range()).forEach((label, keys) -> periods.add(PeriodCells.of(label, keys, data, table)));
        var total = PeriodCells.of("total", request.range().keys(), data, table);
        for (String column : PeriodCells.SHOWN) {
            table.sum(total.cell(column), periods.stream().map(p -> p.cell(column)).toList());
        }
        var themes = themes(data, periods, table);
        table.protect();
        var range = request.range();
        var series = themes.stream().map(t -> new Dashboard.ThemeSeries(t.code(), labels.apply(t.code(), t.polarity()),
                t.polarity(), table.figure(t.total()), t.cells().stream().map(table::figure).toList(), drill(request.scope(),
                range.fromLabel(), range.toLabel(), "theme=" + t.code() + "&polarity=" + t.polarity() + "&")))
                .sorted(Comparator.comparing((Dashboard.ThemeSeries t) -> t.total().value() == null ? 0
                        : t.total().value().longValue()).reversed()).toList();
        return new Dashboard(new Dashboard.Scope(request.scope().kind(), request.scope().id(), request.scope().name()),
                range.fromLabel(), range.toLabel(), request.by().parameter(), request.suppression().on(), MEDIAN_METHOD,
                view(request, total, table), periods.stream().map(p -> view(request, p, table)).toList(), series);
    }

    static Dashboard.Period view(Request request, PeriodCells p, Complement t) {
        var criticality = new ArrayList<Figure>();
        for (int c = 0; c <= 5; c++) {
            criticality.add(t.figure(p.cell("critical_" + c)));
        }
        long responded = p.value("responded");
        Double meanDays = responded == 0 ? null : p.value("response_hours") / 24.0 / responded;
        Figure overdue = request.staff() ? Figure.of(p.value("overdue")) : Figure.NONE;
        var span = request.range().span();
        String first = span.label(p.keys.getFirst());
        String last = span.label(p.keys.getLast());
        var sentiment = new Dashboard.Sentiment(t.figure(p.cell("sentiment_positive")), t.figure(p.cell("sentiment_mixed")),
                t.figure(p.cell("sentiment_negative")), t.figure(p.cell("sentiment_unknown")));
        return new Dashboard.Period(p.label, first, last, t.figure(p.cell("stories")), criticality, sentiment,
                t.figure(p.cell("concerns")),
                t.figure(p.cell("responded")), t.share(p.cell("responded"), p.cell("stories")),
                t.basedOn(meanDays, p.cell("responded")), t.basedOn(ResponseTimes.medianDays(p.days), p.cell("responded")),
                overdue, t.figure(p.cell("changes_planned")), t.figure(p.cell("changes_made")),
                t.figure(p.cell("concerns_changed")), t.share(p.cell("concerns_changed"), p.cell("concerns")),
                drill(request.scope(), first, last, ""), drills(request, first, last));
    }

    /** The stories behind each number of a period: rates and times drill to the stories they rest on. */
    static Dashboard.Drills drills(Request request, String first, String last) {
        var scope = request.scope();
        var criticality = new ArrayList<String>();
        for (int c = 0; c <= 5; c++) {
            criticality.add(drill(scope, first, last, "criticality=" + c + "&"));
        }
        var sentiment = new Dashboard.SentimentDrills(drill(scope, first, last, "sentiment=positive&"),
                drill(scope, first, last, "sentiment=mixed&"), drill(scope, first, last, "sentiment=negative&"),
                drill(scope, first, last, "sentiment=unknown&"));
        return new Dashboard.Drills(drill(scope, first, last, ""), criticality, sentiment,
                drill(scope, first, last, "concern=true&"),
                drill(scope, first, last, "responded=true&"),
                request.staff() ? drill(scope, first, last, "overdue=true&") : null,
                drill(scope, first, last, "change=PLANNED&"), drill(scope, first, last, "change=MADE&"),
                drill(scope, first, last, "concern=true&change=ANY&"));
    }

    private static List<Theme> themes(Data data, List<PeriodCells> periods, Complement table) {
        var byTheme = new TreeMap<String, Map<String, Long>>();
        var labelOfKey = new HashMap<Integer, String>();
        periods.forEach(p -> p.keys.forEach(k -> labelOfKey.put(k, p.label)));
        for (var count : data.themes()) {
            byTheme.computeIfAbsent(count.code() + "|" + count.polarity(), k -> new HashMap<>())
                    .merge(labelOfKey.get(count.period()), count.stories(), Long::sum);
        }
        var themes = new ArrayList<Theme>();
        byTheme.forEach((key, counts) -> {
            String[] parts = key.split("\\|");
            int total = table.cell(counts.values().stream().mapToLong(Long::longValue).sum());
            var cells = periods.stream().map(p -> table.cell(counts.getOrDefault(p.label, 0L))).toList();
            table.sum(total, cells);
            themes.add(new Theme(parts[0], parts[1], total, cells));
        });
        return themes;
    }

    static String drill(Scope scope, String from, String to, String filter) {
        return "/api/outcomes/stories?" + scope.parameter() + filter + "from=" + from + "&to=" + to;
    }
}
