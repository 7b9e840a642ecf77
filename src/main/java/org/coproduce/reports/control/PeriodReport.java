package org.coproduce.reports.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.coproduce.changes.control.MadeChanges;
import org.coproduce.outcomes.control.Months;
import org.coproduce.outcomes.entity.Dashboard;
import org.coproduce.outcomes.entity.Figure;

/**
 * A month's or a week's report as a PDF: the dashboard's figures of the period, a chart of stories
 * and responses over the twelve periods up to it with their response rates, the themes with a bar
 * each, the themes rising unusually, and the changes made with their before/after evidence, in
 * English or German ({@code report*.properties}). Suppressed figures read "fewer than 5" as in the
 * CSV; one line a figure, "label: value", so that the text reads back plainly.
 */
public final class PeriodReport {

    /** What goes into it: the period's dashboard, the trend's (twelve periods), rises in words, changes made. */
    public record Content(ReportPeriod period, Dashboard figures, Dashboard trend, List<String> rises,
            List<MadeChanges.Made> changes, Function<String, String> themeLabels) {
    }

    private final Content c;
    private final Locale locale;
    private final ResourceBundle texts;
    private final NumberFormat numbers;
    private final String suffix;

    private PeriodReport(Content content, String language) {
        this.c = content;
        this.locale = Locale.forLanguageTag(language);
        this.texts = ResourceBundle.getBundle("org.coproduce.reports.control.report", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.numbers = NumberFormat.getNumberInstance(locale);
        numbers.setMaximumFractionDigits(1);
        this.suffix = content.period().weekly() ? ".week" : "";
    }

    public static byte[] pdf(Content content, String language) {
        return new PeriodReport(content, language).write();
    }

    private byte[] write() {
        var d = c.figures();
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            document.getDocumentInformation().setTitle(texts.getString("title") + " " + d.scope().name() + " " + c.period().label());
            document.getDocumentInformation().setCreator("Coproduce");
            try (var w = new PdfWriter(document)) {
                w.line(w.bold, 18, texts.getString("title"));
                w.line(w.bold, 14, d.scope().name());
                w.line(w.regular, 12, periodLine());
                if (d.suppressed()) {
                    w.line(w.regular, 10, texts.getString("suppressed"));
                }
                w.gap();
                figures(w, d.total());
                trend(w);
                themes(w, d);
                rises(w);
                changes(w);
                w.gap();
                w.line(w.regular, 9, texts.getString("method" + suffix));
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String periodLine() {
        var p = c.period();
        if (p.weekly()) {
            var days = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
            return texts.getString("week") + ": " + p.label() + " (" + days.format(p.firstDay()) + " – " + days.format(p.lastDay()) + ")";
        }
        var month = Months.of(p.key());
        return texts.getString("month") + ": " + month.format(DateTimeFormatter.ofPattern("MMMM yyyy", locale)) + " (" + month + ")";
    }

    private void figures(PdfWriter w, Dashboard.Period t) throws IOException {
        w.line(w.bold, 14, texts.getString("figures" + suffix));
        figure(w, "stories", t.stories(), false);
        figure(w, "concerns", t.concerns(), false);
        figure(w, "responded", t.responded(), false);
        figure(w, "responseRate", t.responseRate(), true);
        figure(w, "meanDaysToRespond", t.meanDaysToRespond(), false);
        figure(w, "medianDaysToRespond", t.medianDaysToRespond(), false);
        figure(w, "changesPlanned", t.changesPlanned(), false);
        figure(w, "changesMade", t.changesMade(), false);
        figure(w, "concernsChanged", t.concernsChanged(), false);
        figure(w, "concernsChangedShare", t.concernsChangedShare(), true);
        w.gap();
    }

    /** The chart of the twelve periods and, below it, each one's response rate in words. */
    private void trend(PdfWriter w) throws IOException {
        w.line(w.bold, 14, texts.getString("trend" + suffix));
        var periods = c.trend().periods();
        var columns = periods.stream().map(p -> new PdfWriter.Column(shortLabel(p.period()), count(p.stories()),
                count(p.responded()))).toList();
        w.chart(columns, texts.getString("stories"), texts.getString("responded"));
        w.gap();
        w.line(w.bold, 12, texts.getString("responseRates"));
        for (var p : periods) {
            w.line(w.regular, 10, MessageFormat.format(texts.getString("rateLine"), p.period(), text(p.stories(), false),
                    text(p.responded(), false), text(p.responseRate(), true), text(p.medianDaysToRespond(), false)));
        }
        w.gap();
    }

    private void themes(PdfWriter w, Dashboard d) throws IOException {
        w.line(w.bold, 14, texts.getString("themes"));
        var themes = new ArrayList<>(d.themes().stream()
                .filter(s -> s.total().suppressed() || s.total().value() != null && s.total().value().longValue() > 0).toList());
        if (themes.isEmpty()) {
            w.line(w.regular, 11, texts.getString("noThemes" + suffix));
        }
        long most = themes.stream().filter(s -> s.total().value() != null)
                .mapToLong(s -> s.total().value().longValue()).max().orElse(1);
        for (var theme : themes) {
            String label = theme.label() + " (" + texts.getString("polarity." + theme.polarity()) + "): " + text(theme.total(), false);
            float share = theme.total().value() == null ? 0 : theme.total().value().floatValue() / most;
            w.bar(label, share, "IMPROVE".equals(theme.polarity()));
        }
        w.gap();
    }

    private void rises(PdfWriter w) throws IOException {
        w.line(w.bold, 14, texts.getString("rises"));
        if (c.rises().isEmpty()) {
            w.line(w.regular, 11, texts.getString("noRises"));
        }
        for (var statement : c.rises()) {
            w.line(w.regular, 10, "- " + statement);
        }
        w.gap();
    }

    private void changes(PdfWriter w) throws IOException {
        w.line(w.bold, 14, texts.getString("changes"));
        if (c.changes().isEmpty()) {
            w.line(w.regular, 11, texts.getString("noChanges" + suffix));
        }
        var days = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        for (var change : c.changes()) {
            w.line(w.bold, 11, days.format(change.madeOn()) + ": " + change.description());
            w.line(w.regular, 10, texts.getString("changeThemes") + ": "
                    + String.join(", ", change.themes().stream().map(c.themeLabels()).toList()));
            w.line(w.regular, 10, evidence(change));
        }
    }

    /** The evidence in words: each side's stories raising the themes, and whether the difference is more than chance. */
    String evidence(MadeChanges.Made change) {
        var r = change.evidence();
        if (r.before().stories() == 0 || r.after().stories() == 0) {
            return texts.getString(r.before().stories() == 0 ? "evidence.noBefore" : "evidence.noAfter");
        }
        boolean small = r.before().stories() < 5 || r.after().stories() < 5 || r.before().raising() < 5 && r.before().raising() > 0
                || r.after().raising() < 5 && r.after().raising() > 0;
        if (c.figures().suppressed() && small) {
            return texts.getString("evidence.hidden");
        }
        return MessageFormat.format(texts.getString("evidence"), side(r.before().raising(), r.before().stories()),
                change.before().get(0) + " – " + change.before().get(1), side(r.after().raising(), r.after().stories()),
                change.after().get(0) + " – " + change.after().get(1),
                texts.getString(r.moreThanChance() ? "evidence.moreThanChance" : "evidence.chance"),
                texts.getString("evidence." + r.method()),
                r.pValue() < 0.001 ? "< " + String.format(locale, "%.3f", 0.001) : "= " + String.format(locale, "%.3f", r.pValue()));
    }

    private String side(long raising, long stories) {
        return MessageFormat.format(texts.getString("evidence.side"), String.valueOf(raising), String.valueOf(stories),
                Math.round(100.0 * raising / stories) + " %");
    }

    private static Long count(Figure figure) {
        return figure.value() == null ? null : figure.value().longValue();
    }

    /** "11/26" for a month, "W48" for a week: short enough for a column. */
    private static String shortLabel(String period) {
        return period.contains("-W") ? period.substring(period.indexOf('W')) : period.substring(5) + "/" + period.substring(2, 4);
    }

    private void figure(PdfWriter w, String key, Figure figure, boolean percent) throws IOException {
        w.line(w.regular, 11, texts.getString(key) + ": " + text(figure, percent));
    }

    String text(Figure figure, boolean percent) {
        if (figure.suppressed()) {
            return texts.getString("fewerThan5");
        }
        if (figure.value() == null) {
            return texts.getString("none");
        }
        if (percent) {
            return Math.round(figure.value().doubleValue() * 100) + " %";
        }
        return numbers.format(figure.value());
    }
}
