package org.coproduce.rises.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.coproduce.background.control.Outbox;
import org.coproduce.outcomes.control.MonthlyRows;
import org.coproduce.outcomes.control.Months;
import org.coproduce.outcomes.control.Scope;
import org.coproduce.outcomes.control.Tally;
import org.coproduce.platform.Periodic;
import org.coproduce.platform.PeriodicJob;
import org.coproduce.providers.control.Directory;
import org.coproduce.rises.entity.ThemeRise;

/**
 * Every COPRODUCE_RISES_CHECK_MS (default an hour) looks for themes rising unusually
 * ({@link RiseTest}) in this month and the last, for every service, every organisation (with its
 * children: its own summary rows) and the platform, from the summary tables only. Each rise is recorded once and its
 * quality managers are e-mailed through the outbox ({@link RiseMail}).
 */
@ApplicationScoped
public class RiseWatch implements Periodic {

    private static final Logger LOG = Logger.getLogger(RiseWatch.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Directory directory;

    @Inject
    MonthlyRows monthly;

    @Inject
    Clock clock;

    @Override
    public List<PeriodicJob> periodicJobs() {
        return List.of(PeriodicJob.inTransaction("Looking for unusual rises", "COPRODUCE_RISES_CHECK_MS", 3_600_000, this::check).onOneInstance("rises"));
    }

    void check() {
        int found = detect(YearMonth.now(clock.withZone(ZoneOffset.UTC)));
        if (found > 0) {
            LOG.info(() -> "Unusual rises found: " + found);
        }
    }

    /** Tests the month and the one before against their 12 previous months; returns how many rises are new. */
    int detect(YearMonth now) {
        var first = now.minusMonths(RiseTest.HISTORY_MONTHS + 1);
        var series = new Series(first, now);
        read(series, Months.key(first), Months.key(now));
        var known = known(Months.key(now.minusMonths(1)));
        int found = 0;
        for (var scope : scopes()) {
            for (var month : List.of(now.minusMonths(1), now)) {
                for (var code : series.codes(scope.row(), month)) {
                    String key = scope.kind() + ":" + scope.id() + ":" + code + ":" + Months.key(month);
                    if (known.contains(key)) {
                        continue;
                    }
                    var result = series.test(scope.row(), code, month);
                    if (result.isPresent()) {
                        var r = result.get();
                        var rise = new ThemeRise(scope.kind(), scope.id(), code, Months.key(month), r.withTheme(), r.stories(),
                                r.expectedShare(), r.historyStories(), r.pValue(), clock.instant());
                        em.persist(rise);
                        em.flush();
                        outbox.enqueue(RiseMail.KIND, rise.id());
                        known.add(key);
                        found++;
                    }
                }
            }
        }
        return found;
    }

    /** A scope and the key of its own summary rows. */
    private record Watched(String kind, long id, long row) {
    }

    private List<Watched> scopes() {
        var scopes = new java.util.ArrayList<Watched>();
        scopes.add(new Watched(Scope.PLATFORM, Tally.PLATFORM, Tally.PLATFORM));
        for (Long service : directory.allServiceIds()) {
            scopes.add(new Watched(Scope.SERVICE, service, service));
        }
        for (Long organisation : directory.allOrganisationIds()) {
            scopes.add(new Watched(Scope.ORGANISATION, organisation, Tally.organisationRow(organisation)));
        }
        return scopes;
    }

    private void read(Series series, int from, int to) {
        monthly.stories(from, to).forEach(r -> series.stories(r.row(), r.ym(), r.stories()));
        monthly.concerns(from, to).forEach(r -> series.theme(r.row(), r.ym(), r.code(), r.stories()));
    }

    @SuppressWarnings("unchecked")
    private Set<String> known(int fromMonth) {
        List<Object[]> rows = em.createNativeQuery("select scope_kind, scope_id, code, ym from theme_rise where ym >= ?")
                .setParameter(1, fromMonth).getResultList();
        var keys = new HashSet<String>();
        rows.forEach(r -> keys.add(r[0] + ":" + ((Number) r[1]).longValue() + ":" + r[2] + ":" + ((Number) r[3]).intValue()));
        return keys;
    }

    /** Monthly stories and IMPROVE counts per summary row (service, organisation or platform) and theme. */
    static final class Series {

        private final YearMonth first;
        private final int months;
        private final Map<Long, long[]> stories = new HashMap<>();
        private final Map<Long, Map<String, long[]>> themes = new HashMap<>();

        Series(YearMonth first, YearMonth last) {
            this.first = first;
            this.months = (int) first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
        }

        void stories(long service, int ym, long count) {
            stories.computeIfAbsent(service, s -> new long[months])[index(ym)] += count;
        }

        void theme(long service, int ym, String code, long count) {
            themes.computeIfAbsent(service, s -> new HashMap<>()).computeIfAbsent(code, c -> new long[months])[index(ym)] += count;
        }

        Set<String> codes(long row, YearMonth month) {
            int i = index(Months.key(month));
            var codes = new HashSet<String>();
            themes.getOrDefault(row, Map.of()).forEach((code, counts) -> {
                if (counts[i] > 0) {
                    codes.add(code);
                }
            });
            return codes;
        }

        java.util.Optional<RiseTest.Result> test(long row, String code, YearMonth month) {
            int at = index(Months.key(month));
            long[] n = stories.getOrDefault(row, new long[months]);
            long[] x = themes.getOrDefault(row, Map.of()).getOrDefault(code, new long[months]);
            long[] with = new long[RiseTest.HISTORY_MONTHS];
            long[] total = new long[RiseTest.HISTORY_MONTHS];
            for (int h = 0; h < RiseTest.HISTORY_MONTHS; h++) {
                int i = at - RiseTest.HISTORY_MONTHS + h;
                if (i >= 0) {
                    with[h] = x[i];
                    total[h] = n[i];
                }
            }
            return RiseTest.unusual(with, total, x[at], n[at]);
        }

        private int index(int ym) {
            return (int) first.until(Months.of(ym), java.time.temporal.ChronoUnit.MONTHS);
        }
    }
}
