package org.coproduce.outcomes;

import static org.coproduce.testing.Eventually.eventually;
import static org.coproduce.testing.OutcomeSteps.total;
import static org.coproduce.testing.OutcomeSteps.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.coproduce.testing.Api;
import org.coproduce.testing.OutcomeSteps;
import org.junit.jupiter.api.Test;

/** The month's PDF report: its text, read back with PDFBox, says what the dashboard says for the same scope and month. */
public interface BoardReportJourneys extends OutcomeSteps {

    @Test
    default void aQualityManagerDownloadsTheMonthsReportWithTheDashboardsNumbers() {
        long service = newServiceOfHospitalNorth();
        publishedStory(service, "communication.listening");
        var quality = demo("quality");
        String ofService = "service=" + service + "&month=" + MONTH;
        eventually(() -> quality.get("api/outcomes?" + ofService), r -> value(total(r).getJsonObject("stories")) == 1);
        List<String> lines = reportLines(quality, ofService);
        assertTrue(lines.contains("Stories: 1"), String.join("\n", lines));
        sameAsTheDashboard(quality, ofService, lines);

        String ofTrust = "organisation=" + organisationNamed("Aire Valley NHS Foundation Trust") + "&month=" + MONTH;
        sameAsTheDashboard(quality, ofTrust, reportLines(quality, ofTrust));
        sameAsTheDashboard(demo("admin"), ofTrust, reportLines(demo("admin"), ofTrust));

        long other = OutcomeSteps.organisation(demo("admin"), "Report elsewhere " + UUID.randomUUID());
        assertEquals(403, quality.download("api/outcomes/report.pdf?organisation=" + other + "&month=" + MONTH).statusCode());
        assertEquals(403, demo("responder").download("api/outcomes/report.pdf?" + ofService).statusCode());
        assertEquals(401, anonymous().download("api/outcomes/report.pdf?" + ofService).statusCode());
        assertEquals(400, quality.download("api/outcomes/report.pdf?" + ofService + "-99").statusCode());
    }

    private List<String> reportLines(Api api, String query) {
        var pdf = api.download("api/outcomes/report.pdf?" + query);
        assertEquals(200, pdf.statusCode(), new String(pdf.body()));
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        try (var document = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(document).lines().map(String::strip).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void sameAsTheDashboard(Api api, String query, List<String> lines) {
        var dashboard = api.get("api/outcomes?" + query);
        assertEquals(200, dashboard.status(), dashboard.body());
        var t = total(dashboard);
        String all = String.join("\n", lines);
        assertTrue(lines.contains("Month: " + java.time.YearMonth.parse(MONTH).format(java.time.format.DateTimeFormatter
                .ofPattern("MMMM yyyy", Locale.ENGLISH)) + " (" + MONTH + ")"), all);
        for (var figure : List.of(new String[] {"Stories", "stories"}, new String[] {"Concerns (a theme to improve)", "concerns"},
                new String[] {"Responded to", "responded"}, new String[] {"Mean days to respond", "meanDaysToRespond"},
                new String[] {"Median days to respond", "medianDaysToRespond"}, new String[] {"Changes planned", "changesPlanned"},
                new String[] {"Changes made", "changesMade"}, new String[] {"Concerns answered by a change", "concernsChanged"})) {
            assertTrue(lines.contains(figure[0] + ": " + text(t.getJsonObject(figure[1]), false)), figure[1] + " in\n" + all);
        }
        assertTrue(lines.contains("Response rate: " + text(t.getJsonObject("responseRate"), true)), all);
        for (var theme : dashboard.json().getJsonArray("themes")) {
            var series = theme.asJsonObject();
            var figure = series.getJsonObject("total");
            if (!figure.isNull("value") && figure.getJsonNumber("value").longValue() > 0) {
                String line = series.getString("label") + " (" + ("GOOD".equals(series.getString("polarity")) ? "good" : "to improve")
                        + "): " + text(figure, false);
                assertTrue(lines.contains(line), line + " in\n" + all);
            }
        }
    }

    private static String text(JsonObject figure, boolean percent) {
        assertTrue(!figure.getBoolean("suppressed"), "a quality manager sees exact numbers: " + figure);
        if (figure.isNull("value")) {
            return "none";
        }
        double value = figure.getJsonNumber("value").doubleValue();
        if (percent) {
            return Math.round(value * 100) + " %";
        }
        var numbers = NumberFormat.getNumberInstance(Locale.ENGLISH);
        numbers.setMaximumFractionDigits(1);
        return numbers.format(value);
    }
}
