package org.coproduce.outcomes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.coproduce.outcomes.entity.Dashboard;
import org.coproduce.outcomes.entity.Figure;
import org.junit.jupiter.api.Test;

class ComplementTest {

    @Test
    void hidesTheNextSmallestCellWhenOneCellOfAShownTotalIsHidden() {
        var t = new Complement(Suppression.PUBLIC);
        int a = t.cell(3);
        int b = t.cell(9);
        int c = t.cell(7);
        int total = t.cell(19);
        t.sum(total, List.of(a, b, c));
        t.protect();
        assertTrue(t.hidden(a));
        assertTrue(t.hidden(c), "19 - 9 would otherwise be 3 + 7 with 7 shown");
        assertFalse(t.hidden(b));
        assertFalse(t.hidden(total));
    }

    @Test
    void hidesMoreWhenTheHiddenCellsAddUpToFewerThanFive() {
        var t = new Complement(Suppression.PUBLIC);
        int a = t.cell(0);
        int b = t.cell(1);
        int c = t.cell(6);
        int total = t.cell(7);
        t.sum(total, List.of(a, b, c));
        t.protect();
        assertTrue(t.hidden(c), "7 - 6 = 1 would say the two hidden cells hold one story together");
    }

    @Test
    void hidesTheTotalWhenNoOtherCellIsLeft() {
        var t = new Complement(Suppression.PUBLIC);
        int a = t.cell(3);
        int b = t.cell(6);
        int row = t.cell(9);
        int onlyB = t.cell(6);
        t.sum(row, List.of(a, b));
        t.sum(onlyB, List.of(b));
        t.protect();
        assertTrue(t.hidden(b), "9 - 6 would give the hidden 3 away");
        assertTrue(t.hidden(onlyB), "a total of b alone is b");
        assertFalse(t.hidden(row), "9 = 3 + 6 pins neither down");
    }

    @Test
    void hidesNothingFromStaff() {
        var t = new Complement(Suppression.NONE);
        int a = t.cell(1);
        int total = t.cell(1);
        t.sum(total, List.of(a));
        assertEquals(Figure.of(1L), t.protect().figure(a));
    }

    /** January has 3 stories, one of them critical 4: every way back to those numbers is closed. */
    @Test
    void aPublicDashboardGivesNoHiddenCellAwayWhereSmallSuppressionAloneWould() {
        var data = new Dashboards.Data(Map.of(202601, counts(3, new long[] {2, 0, 0, 0, 1, 0}, new long[] {1, 1, 1, 0}, 2, 1),
                202602, counts(9, new long[] {4, 5, 0, 0, 0, 0}, new long[] {5, 2, 2, 0}, 6, 5),
                202603, counts(12, new long[] {6, 6, 0, 0, 0, 0}, new long[] {6, 3, 0, 3}, 8, 6)),
                List.of(new SummaryReader.ThemeCount(202601, "ACCESS", "IMPROVE", 2),
                        new SummaryReader.ThemeCount(202602, "ACCESS", "IMPROVE", 6),
                        new SummaryReader.ThemeCount(202603, "ACCESS", "IMPROVE", 7)), Map.of());
        var truth = figures(build(data, Suppression.NONE));
        var naive = new LinkedHashMap<String, Figure>();
        truth.forEach((k, f) -> naive.put(k, f.value() != null && f.value().longValue() < 5 ? Figure.HIDDEN : f));
        assertFalse(recovered(naive, truth).isEmpty(), "the attack works on small-number suppression alone");
        var shown = figures(build(data, Suppression.PUBLIC));
        assertTrue(shown.get("p0.stories").suppressed());
        assertEquals(Map.of(), recovered(shown, truth));
    }

    @Test
    void randomPublicDashboardsGiveNoHiddenCellAway() {
        var random = new Random(11);
        for (int trial = 0; trial < 300; trial++) {
            var counters = new HashMap<Integer, long[]>();
            var themes = new ArrayList<SummaryReader.ThemeCount>();
            for (int m = 1; m <= 6; m++) {
                long[] byCriticality = new long[6];
                for (int c = 0; c < 6; c++) {
                    byCriticality[c] = random.nextInt(4) == 0 ? random.nextInt(12) : random.nextInt(3);
                }
                long stories = java.util.Arrays.stream(byCriticality).sum();
                long[] bySentiment = new long[4];
                for (long n = 0; n < stories; n++) {
                    bySentiment[random.nextInt(random.nextBoolean() ? 2 : 4)]++;
                }
                long responded = stories == 0 ? 0 : random.nextLong(stories + 1);
                counters.put(202600 + m, counts(stories, byCriticality, bySentiment, stories == 0 ? 0 : random.nextLong(stories + 1),
                        responded));
                themes.add(new SummaryReader.ThemeCount(202600 + m, "T" + random.nextInt(2), "IMPROVE", random.nextInt(8)));
            }
            var data = new Dashboards.Data(counters, themes, Map.of());
            var truth = figures(build(data, Suppression.NONE));
            assertEquals(Map.of(), recovered(figures(build(data, Suppression.PUBLIC)), truth), "trial " + trial);
        }
    }

    static long[] counts(long stories, long[] byCriticality, long[] bySentiment, long concerns, long responded) {
        long[] v = new long[Deltas.COLUMNS.size()];
        v[Deltas.COLUMNS.indexOf("stories")] = stories;
        for (int c = 0; c < 6; c++) {
            v[Deltas.COLUMNS.indexOf("critical_" + c)] = byCriticality[c];
        }
        for (int s = 0; s < 4; s++) {
            v[Deltas.COLUMNS.indexOf("sentiment_" + StoryFacts.SENTIMENTS.get(s))] = bySentiment[s];
        }
        v[Deltas.COLUMNS.indexOf("concerns")] = concerns;
        v[Deltas.COLUMNS.indexOf("responded")] = responded;
        v[Deltas.COLUMNS.indexOf("changes_planned")] = responded / 2;
        v[Deltas.COLUMNS.indexOf("concerns_changed")] = Math.min(concerns, responded / 2);
        return v;
    }

    static Dashboard build(Dashboards.Data data, Suppression s) {
        return Dashboards.build(new Dashboards.Request(Scope.platform(), Range.months(YearMonth.of(2026, 1), YearMonth.of(2026, 6)),
                Grouping.MONTH, s, s == Suppression.NONE), data, (c, p) -> c);
    }

    static final Map<String, Function<Dashboard.Period, Figure>> MEASURES = measures();

    static Map<String, Function<Dashboard.Period, Figure>> measures() {
        var m = new LinkedHashMap<String, Function<Dashboard.Period, Figure>>();
        m.put("stories", Dashboard.Period::stories);
        for (int c = 0; c <= 5; c++) {
            int level = c;
            m.put("critical_" + c, p -> p.criticality().get(level));
        }
        m.put("sentiment_positive", p -> p.sentiment().positive());
        m.put("sentiment_mixed", p -> p.sentiment().mixed());
        m.put("sentiment_negative", p -> p.sentiment().negative());
        m.put("sentiment_unknown", p -> p.sentiment().unknown());
        m.put("concerns", Dashboard.Period::concerns);
        m.put("responded", Dashboard.Period::responded);
        m.put("changesPlanned", Dashboard.Period::changesPlanned);
        m.put("changesMade", Dashboard.Period::changesMade);
        m.put("concernsChanged", Dashboard.Period::concernsChanged);
        m.put("responseRate", Dashboard.Period::responseRate);
        m.put("concernsChangedShare", Dashboard.Period::concernsChangedShare);
        return m;
    }

    /** Every figure of a dashboard by name: p0.stories, total.critical_3, theme.ACCESS.p1, … */
    static Map<String, Figure> figures(Dashboard d) {
        var all = new LinkedHashMap<String, Figure>();
        for (int i = 0; i <= d.periods().size(); i++) {
            var period = i < d.periods().size() ? d.periods().get(i) : d.total();
            String name = i < d.periods().size() ? "p" + i : "total";
            MEASURES.forEach((measure, get) -> all.put(name + "." + measure, get.apply(period)));
        }
        for (var theme : d.themes()) {
            all.put("theme." + theme.code() + ".total", theme.total());
            for (int i = 0; i < theme.periods().size(); i++) {
                all.put("theme." + theme.code() + ".p" + i, theme.periods().get(i));
            }
        }
        return all;
    }

    /**
     * What an attacker works out from the shown figures: every sum with one unknown cell gives it
     * away, a sum whose unknown cells add up to 0 gives them all away, and a rate times its
     * shown base gives its count. Returns the hidden cells recovered, with their values.
     */
    static Map<String, Long> recovered(Map<String, Figure> shown, Map<String, Figure> truth) {
        var known = new HashMap<String, Double>();
        shown.forEach((k, f) -> {
            if (!f.suppressed() && f.value() != null) {
                known.put(k, f.value().doubleValue());
            }
        });
        var sums = sums(shown);
        for (boolean progress = true; progress; ) {
            progress = false;
            for (var sum : sums) {
                var unknown = sum.subList(1, sum.size()).stream().filter(c -> !known.containsKey(c)).toList();
                boolean totalKnown = known.containsKey(sum.getFirst());
                double rest = sum.subList(1, sum.size()).stream().filter(known::containsKey).mapToDouble(known::get).sum();
                if (totalKnown && unknown.size() == 1) {
                    known.put(unknown.getFirst(), known.get(sum.getFirst()) - rest);
                    progress = true;
                } else if (totalKnown && !unknown.isEmpty() && known.get(sum.getFirst()) - rest == 0) {
                    unknown.forEach(c -> known.put(c, 0.0));
                    progress = true;
                } else if (!totalKnown && unknown.isEmpty()) {
                    known.put(sum.getFirst(), rest);
                    progress = true;
                }
            }
            for (var name : shown.keySet()) {
                if (name.endsWith(".responseRate")) {
                    progress |= fromRate(known, name, name.replace("responseRate", "responded"), name.replace("responseRate", "stories"));
                }
            }
        }
        var out = new HashMap<String, Long>();
        shown.forEach((k, f) -> {
            if (f.suppressed() && known.containsKey(k) && !k.endsWith("Share") && !k.endsWith("Rate")) {
                assertEquals(truth.get(k).value().doubleValue(), known.get(k), 1e-9, k);
                out.put(k, Math.round(known.get(k)));
            }
        });
        return out;
    }

    private static boolean fromRate(Map<String, Double> known, String rate, String part, String whole) {
        if (known.containsKey(rate) && known.containsKey(whole) && !known.containsKey(part)) {
            known.put(part, (double) Math.round(known.get(rate) * known.get(whole)));
            return true;
        }
        return false;
    }

    /** Each list: the total first, then the cells it sums. */
    static List<List<String>> sums(Map<String, Figure> shown) {
        var sums = new ArrayList<List<String>>();
        int periods = (int) shown.keySet().stream().filter(k -> k.matches("p\\d+\\.stories")).count();
        for (String measure : MEASURES.keySet()) {
            if (!measure.endsWith("Rate") && !measure.endsWith("Share")) {
                var sum = new ArrayList<>(List.of("total." + measure));
                for (int i = 0; i < periods; i++) {
                    sum.add("p" + i + "." + measure);
                }
                sums.add(sum);
            }
        }
        for (int i = 0; i <= periods; i++) {
            String p = i < periods ? "p" + i : "total";
            var sum = new ArrayList<>(List.of(p + ".stories"));
            for (int c = 0; c <= 5; c++) {
                sum.add(p + ".critical_" + c);
            }
            sums.add(sum);
            var bySentiment = new ArrayList<>(List.of(p + ".stories"));
            StoryFacts.SENTIMENTS.forEach(s -> bySentiment.add(p + ".sentiment_" + s));
            sums.add(bySentiment);
        }
        shown.keySet().stream().filter(k -> k.startsWith("theme.") && k.endsWith(".total")).forEach(total -> {
            var sum = new ArrayList<>(List.of(total));
            for (int i = 0; i < periods; i++) {
                sum.add(total.replace(".total", ".p" + i));
            }
            sums.add(sum);
        });
        return sums;
    }
}
