package org.coproduce.outcomes.boundary;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.coproduce.platform.CsvCells;
import org.coproduce.outcomes.entity.Dashboard;
import org.coproduce.outcomes.entity.Figure;

/**
 * Dashboards and stories as open-data CSV: one row per observation, suppressed cells "fewer than 5",
 * every cell neutralised against formula injection ({@link CsvCells}).
 */
public final class OutcomesCsv {

    private OutcomesCsv() {
    }

    public static String periods(Dashboard d) {
        var rows = new ArrayList<List<Object>>();
        var all = new ArrayList<>(d.periods());
        all.add(d.total());
        for (var p : all) {
            var row = new ArrayList<Object>(List.of(d.scope().kind(), text(d.scope().id()), d.scope().name(), p.period(),
                    p.from(), p.to(), p.stories().text()));
            p.criticality().forEach(c -> row.add(c.text()));
            var s = p.sentiment();
            List.of(s.positive(), s.mixed(), s.negative(), s.unknown()).forEach(f -> row.add(f.text()));
            for (Figure f : List.of(p.concerns(), p.responded(), p.responseRate(), p.meanDaysToRespond(),
                    p.medianDaysToRespond(), p.overdue(), p.changesPlanned(), p.changesMade(), p.concernsChanged(),
                    p.concernsChangedShare())) {
                row.add(f.text());
            }
            rows.add(row);
        }
        return write(List.of("scope", "scope_id", "scope_name", "period", "from", "to", "stories", "criticality_0",
                "criticality_1", "criticality_2", "criticality_3", "criticality_4", "criticality_5", "sentiment_positive", "sentiment_mixed",
                "sentiment_negative", "sentiment_unknown", "concerns", "responded",
                "response_rate", "mean_days_to_respond", "median_days_to_respond", "overdue", "changes_planned",
                "changes_made", "concerns_changed", "concerns_changed_share"), rows);
    }

    public static String themes(Dashboard d) {
        var rows = new ArrayList<List<Object>>();
        var labels = d.periods().stream().map(Dashboard.Period::period).toList();
        for (var theme : d.themes()) {
            for (int i = 0; i < labels.size(); i++) {
                rows.add(List.of(d.scope().kind(), text(d.scope().id()), d.scope().name(), labels.get(i), theme.code(),
                        theme.label(), theme.polarity(), theme.periods().get(i).text()));
            }
        }
        return write(List.of("scope", "scope_id", "scope_name", "period", "theme", "theme_label", "polarity", "stories"), rows);
    }

    static String stories(StoriesBehind stories) {
        var rows = new ArrayList<List<Object>>();
        for (var s : stories.items()) {
            rows.add(List.of(s.id(), text(s.publishedAt()), s.title(), s.text(), s.relation(), text(s.criticality()), s.progress(),
                    s.services().stream().map(v -> v.name() + " (" + v.organisationName() + ")").collect(Collectors.joining("; ")),
                    s.themes().stream().map(t -> t.code() + ":" + t.polarity()).collect(Collectors.joining("; "))));
        }
        if (stories.suppressed()) {
            rows.add(List.of("fewer than 5", "", "", "", "", "", "", "", ""));
        }
        return write(List.of("id", "published_at", "title", "text", "relation", "criticality", "progress", "services", "themes"),
                rows);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String write(List<String> header, List<List<Object>> rows) {
        var out = new StringWriter();
        try (var printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (var row : rows) {
                printer.printRecord(row.stream().map(CsvCells::neutral).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
