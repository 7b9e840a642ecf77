package org.coproduce.outcomes.boundary;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.YearMonth;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.coproduce.outcomes.entity.Dashboard;
import org.coproduce.outcomes.entity.Figure;
import org.junit.jupiter.api.Test;

class MonthReportTest {

    @Test
    void writesTheFiguresInGermanWithUmlautsAndHiddenFigures() throws IOException {
        String text = text(MonthReport.pdf(dashboard("Klinikum Süd – 東京", true), YearMonth.of(2026, 3), "de"));
        assertTrue(text.contains("Klinikum Süd – ??"), text);
        assertTrue(text.contains("Monat: März 2026 (2026-03)"), text);
        assertTrue(text.contains("Geschichten: weniger als 5"), text);
        assertTrue(text.contains("Beantwortet: 12"), text);
        assertTrue(text.contains("Mittlere Tage bis zur Antwort: 2,5"), text);
        assertTrue(text.contains("Antwortquote: 43 %"), text);
        assertTrue(text.contains("Warten (zu verbessern): 7"), text);
    }

    @Test
    void writesEnglishAndManyThemesOverPages() throws IOException {
        var d = dashboard("Hospital North", false);
        var many = new java.util.ArrayList<Dashboard.ThemeSeries>();
        for (int i = 0; i < 80; i++) {
            many.add(new Dashboard.ThemeSeries("t" + i, "Theme " + i, "GOOD", Figure.of(80 - i), List.of(), null));
        }
        var longer = new Dashboard(d.scope(), d.from(), d.to(), d.by(), false, d.medianMethod(), d.total(), d.periods(), many);
        String text = text(MonthReport.pdf(longer, YearMonth.of(2026, 3), "en"));
        assertTrue(text.contains("Month: March 2026 (2026-03)"), text);
        assertTrue(text.contains("Mean days to respond: 2.5"), text);
        assertTrue(text.contains("Theme 79 (good): 1"), text);
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
