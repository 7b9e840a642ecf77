package org.coproduce.outcomes.control;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Increments (or decrements) of summary cells. Counting a story adds its tally; counting it
 * again after it changed adds the new tally minus the old one, so zero cells drop out.
 */
public final class Deltas {

    /** service_month's counters, in this order. */
    public static final List<String> COLUMNS = List.of("stories", "critical_0", "critical_1", "critical_2", "critical_3",
            "critical_4", "critical_5", "concerns", "responded", "response_hours", "overdue", "changes_planned",
            "changes_made", "concerns_changed");

    public record ServiceMonth(long service, int month) {
    }

    public record ThemeMonth(long service, int month, String code, String polarity) {
    }

    public record ResponseDay(long service, int month, int days) {
    }

    final Map<ServiceMonth, long[]> serviceMonths = new HashMap<>();
    final Map<ThemeMonth, Long> themeMonths = new HashMap<>();
    final Map<ResponseDay, Long> responseDays = new HashMap<>();

    void add(ServiceMonth key, String column, long n) {
        serviceMonths.computeIfAbsent(key, k -> new long[COLUMNS.size()])[COLUMNS.indexOf(column)] += n;
    }

    void add(ThemeMonth key, long n) {
        themeMonths.merge(key, n, Long::sum);
    }

    void add(ResponseDay key, long n) {
        responseDays.merge(key, n, Long::sum);
    }

    public Deltas plus(Deltas other, int sign) {
        other.serviceMonths.forEach((k, v) -> {
            long[] mine = serviceMonths.computeIfAbsent(k, x -> new long[COLUMNS.size()]);
            for (int i = 0; i < v.length; i++) {
                mine[i] += sign * v[i];
            }
        });
        other.themeMonths.forEach((k, v) -> add(k, sign * v));
        other.responseDays.forEach((k, v) -> add(k, sign * v));
        return this;
    }

    /** Drops the cells that do not change. */
    public Deltas compact() {
        serviceMonths.values().removeIf(v -> java.util.Arrays.stream(v).allMatch(n -> n == 0));
        themeMonths.values().removeIf(v -> v == 0);
        responseDays.values().removeIf(v -> v == 0);
        return this;
    }

    public boolean isEmpty() {
        return serviceMonths.isEmpty() && themeMonths.isEmpty() && responseDays.isEmpty();
    }

    public Map<ServiceMonth, long[]> serviceMonths() {
        return serviceMonths;
    }

    public Map<ThemeMonth, Long> themeMonths() {
        return themeMonths;
    }

    public Map<ResponseDay, Long> responseDays() {
        return responseDays;
    }
}
