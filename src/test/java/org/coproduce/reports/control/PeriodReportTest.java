package org.coproduce.reports.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.coproduce.changes.control.BeforeAfter;
import org.coproduce.changes.control.MadeChanges;
import org.coproduce.outcomes.entity.Dashboard;
import org.coproduce.outcomes.entity.Figure;
import org.junit.jupiter.api.Test;

class PeriodReportTest {

    @Test
    void writesTheFiguresInGermanWithUmlautsAndHiddenFigures() throws IOException {
        String text = text(PeriodReport.pdf(content(dashboard("Klinikum Süd – 東京", true), ReportPeriod.month(YearMonth.of(2026, 3)),
                List.of(), List.of()), "de"));
        assertTrue(text.contains("Klinikum Süd – ??"), text);
        assertTrue(text.contains("Monat: März 2026 (2026-03)"), text);
        assertTrue(text.contains("Geschichten: weniger als 5"), text);
        assertTrue(text.contains("Beantwortet: 12"), text);
        assertTrue(text.contains("Mittlere Tage bis zur Antwort: 2,5"), text);
        assertTrue(text.contains("Antwortquote: 43 %"), text);
        assertTrue(text.contains("Warten (zu verbessern): 7"), text);
        assertTrue(text.contains("Kein Thema ist ungewöhnlich gestiegen."), text);
        assertTrue(text.contains("In diesem Monat wurde keine Veränderung als umgesetzt eingetragen."), text);
    }

    @Test
    void writesEnglishAndManyThemesOverPages() throws IOException {
        var d = dashboard("Hospital North", false);
        var many = new ArrayList<Dashboard.ThemeSeries>();
        for (int i = 0; i < 80; i++) {
            many.add(new Dashboard.ThemeSeries("t" + i, "Theme " + i, "GOOD", Figure.of(80 - i), List.of(), null));
        }
        var longer = new Dashboard(d.scope(), d.from(), d.to(), d.by(), false, d.medianMethod(), d.total(), d.periods(), many);
        String text = text(PeriodReport.pdf(content(longer, ReportPeriod.month(YearMonth.of(2026, 3)), List.of(), List.of()), "en"));
        assertTrue(text.contains("Month: March 2026 (2026-03)"), text);
        assertTrue(text.contains("Mean days to respond: 2.5"), text);
        assertTrue(text.contains("Theme 79 (good): 1"), text);
    }

    @Test
    void writesTheChartsRatesRisesAndChangesWithTheirEvidence() throws IOException {
        var change = new MadeChanges.Made(4, "Text reminders before every appointment", LocalDate.of(2026, 3, 10),
                List.of("waiting"), List.of(YearMonth.of(2025, 9), YearMonth.of(2026, 2)), List.of(YearMonth.of(2026, 4),
                YearMonth.of(2026, 9)), BeforeAfter.compare(new BeforeAfter.Side(100, 40), new BeforeAfter.Side(100, 10)));
        String text = text(PeriodReport.pdf(content(dashboard("Hospital North", false), ReportPeriod.week(202611),
                List.of("In 2026-03, 5 of 5 stories rose."), List.of(change)), "en")).replaceAll("\\s+", " ");
        assertTrue(text.contains("Week: 2026-W11"), text);
        assertTrue(text.contains("Figures of the week"), text);
        assertTrue(text.contains("Stories and responses, the last 12 weeks"), text);
        assertTrue(text.contains("total: stories 28, responded to 12, response rate 43 %, median days to respond 2"), text);
        assertTrue(text.contains("- In 2026-03, 5 of 5 stories rose."), text);
        assertTrue(text.contains("Text reminders before every appointment"), text);
        assertTrue(text.contains("Themes: Waiting"), text);
        assertTrue(text.contains("before 40 of 100, 40 % (2025-09 – 2026-02), after 10 of 100, 10 % (2026-04 – 2026-09);"
                + " more than chance would explain"), text);
    }

    @Test
    void namesTheWeeksOfAYear() {
        var week = ReportPeriod.lastClosed("WEEKLY", LocalDate.of(2027, 1, 4).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        assertTrue(week.label().equals("2026-W53"), week.label());
        var month = ReportPeriod.lastClosed("MONTHLY", LocalDate.of(2027, 1, 1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        assertTrue(month.label().equals("2026-12"), month.label());
        assertTrue(ReportPeriod.parse("2026-W53").trend().fromLabel().equals("2026-W42"), ReportPeriod.parse("2026-W53").trend().fromLabel());
        assertTrue(ReportPeriod.parse("2026-03").trend().fromLabel().equals("2025-04"));
    }

    private static PeriodReport.Content content(Dashboard d, ReportPeriod period, List<String> rises, List<MadeChanges.Made> changes) {
        return new PeriodReport.Content(period, d, d, rises, changes, code -> "Waiting");
    }

    private static Dashboard dashboard(String name, boolean suppressed) {
        var total = new Dashboard.Period("total", "2026-03", "2026-03", suppressed ? Figure.HIDDEN : Figure.of(28), List.of(),
                null, Figure.of(9), Figure.of(12), Figure.of(0.429), Figure.of(2.5), Figure.of(2), Figure.NONE, Figure.of(1),
                Figure.of(0), Figure.of(0), Figure.NONE, null, null);
        return new Dashboard(new Dashboard.Scope("ORGANISATION", 1L, name), "2026-03", "2026-03", "month", suppressed, "",
                total, List.of(total), List.of(new Dashboard.ThemeSeries("waiting", "Warten", "IMPROVE", Figure.of(7), List.of(), null)));
    }

    private static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
