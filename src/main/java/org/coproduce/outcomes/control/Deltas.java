package org.coproduce.outcomes.control;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Increments (or decrements) of summary cells, in months and in weeks. Counting a story adds its
 * tally; counting it again after it changed adds the new tally minus the old one, so zero cells
 * drop out.
 */
public final class Deltas {

    /** service_month's and service_week's counters, in this order. */
    public static final List<String> COLUMNS = List.of("stories", "critical_0", "critical_1", "critical_2", "critical_3",
            "critical_4", "critical_5", "concerns", "responded", "response_hours", "overdue", "changes_planned",
            "changes_made", "concerns_changed", "sentiment_positive", "sentiment_mixed", "sentiment_negative",
            "sentiment_unknown");

    /** A row of service_month or service_week: {@code period} is yyyymm or yyyyww. */
    public record ServicePeriod(Span span, long service, int period) {
    }

    public record ThemePeriod(Span span, long service, int period, String code, String polarity) {
    }

    public record ResponseDay(Span span, long service, int period, int days) {
    }

    final Map<ServicePeriod, long[]> servicePeriods = new HashMap<>();
    final Map<ThemePeriod, Long> themePeriods = new HashMap<>();
    final Map<ResponseDay, Long> responseDays = new HashMap<>();

    void add(ServicePeriod key, String column, long n) {
        servicePeriods.computeIfAbsent(key, k -> new long[COLUMNS.size()])[COLUMNS.indexOf(column)] += n;
    }

    void add(ThemePeriod key, long n) {
        themePeriods.merge(key, n, Long::sum);
    }

    void add(ResponseDay key, long n) {
        responseDays.merge(key, n, Long::sum);
    }

    public Deltas plus(Deltas other, int sign) {
        other.servicePeriods.forEach((k, v) -> {
            long[] mine = servicePeriods.computeIfAbsent(k, x -> new long[COLUMNS.size()]);
            for (int i = 0; i < v.length; i++) {
                mine[i] += sign * v[i];
            }
        });
        other.themePeriods.forEach((k, v) -> add(k, sign * v));
        other.responseDays.forEach((k, v) -> add(k, sign * v));
        return this;
    }

    /** Drops the cells that do not change. */
    public Deltas compact() {
        servicePeriods.values().removeIf(v -> java.util.Arrays.stream(v).allMatch(n -> n == 0));
        themePeriods.values().removeIf(v -> v == 0);
        responseDays.values().removeIf(v -> v == 0);
        return this;
    }

    public boolean isEmpty() {
        return servicePeriods.isEmpty() && themePeriods.isEmpty() && responseDays.isEmpty();
    }

    public Map<ServicePeriod, long[]> servicePeriods() {
        return servicePeriods;
    }

    public Map<ThemePeriod, Long> themePeriods() {
        return themePeriods;
    }

    public Map<ResponseDay, Long> responseDays() {
        return responseDays;
    }
}
