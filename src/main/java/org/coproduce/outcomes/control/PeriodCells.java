package org.coproduce.outcomes.control;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One period of a dashboard (or its total) summed from the summary rows of its months or weeks,
 * with its shown counts entered as cells of a {@link Complement}: a period's stories are the sum
 * of its stories by criticality, and the sum of its stories by sentiment.
 */
final class PeriodCells {

    /** The counters a dashboard shows as counts, in this order. */
    static final List<String> SHOWN = List.of("stories", "critical_0", "critical_1", "critical_2", "critical_3", "critical_4",
            "critical_5", "concerns", "responded", "changes_planned", "changes_made", "concerns_changed", "sentiment_positive",
            "sentiment_mixed", "sentiment_negative", "sentiment_unknown");

    final String label;
    final List<Integer> keys;
    private final long[] sum = new long[Deltas.COLUMNS.size()];
    final Map<Integer, Long> days = new HashMap<>();
    private final Map<String, Integer> cells = new LinkedHashMap<>();

    private PeriodCells(String label, List<Integer> keys) {
        this.label = label;
        this.keys = keys;
    }

    static PeriodCells of(String label, List<Integer> keys, Dashboards.Data data, Complement table) {
        var period = new PeriodCells(label, keys);
        for (int key : keys) {
            long[] values = data.counters().get(key);
            if (values != null) {
                for (int i = 0; i < values.length; i++) {
                    period.sum[i] += values[i];
                }
            }
            data.responseDays().getOrDefault(key, Map.of()).forEach((d, n) -> period.days.merge(d, n, Long::sum));
        }
        SHOWN.forEach(column -> period.cells.put(column, table.cell(period.value(column))));
        table.sum(period.cell("stories"), List.of(0, 1, 2, 3, 4, 5).stream().map(c -> period.cell("critical_" + c)).toList());
        table.sum(period.cell("stories"), StoryFacts.SENTIMENTS.stream().map(s -> period.cell("sentiment_" + s)).toList());
        return period;
    }

    long value(String column) {
        return sum[Deltas.COLUMNS.indexOf(column)];
    }

    int cell(String column) {
        return cells.get(column);
    }
}
