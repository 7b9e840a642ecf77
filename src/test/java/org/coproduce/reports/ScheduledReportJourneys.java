package org.coproduce.reports;

import static org.coproduce.testing.Eventually.eventually;
import static org.coproduce.testing.OutcomeSteps.total;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.coproduce.testing.OutcomeSteps;
import org.coproduce.testing.Reply;
import org.coproduce.testing.TestDatabase;
import org.coproduce.testing.TestMail;
import org.junit.jupiter.api.Test;

/**
 * A quality manager subscribes a service to its monthly report: the job e-mails last month's
 * report once, in the subscription's language, with the PDF (whose text, read back, says what the
 * dashboard says) and the CSVs attached; it never sends that month again.
 */
public interface ScheduledReportJourneys extends OutcomeSteps {

    String SUBSCRIPTIONS = "api/outcomes/report-subscriptions";

    @Test
    default void aSubscribedQualityManagerGetsLastMonthsReportByEmailOnceInTheirLanguage() throws Exception {
        long service = newServiceOfHospitalNorth();
        var last = YearMonth.now(ZoneOffset.UTC).minusMonths(1);
        lastMonth(service, last);
        String body = "{\"service\":" + service + ",\"cadence\":\"MONTHLY\",\"language\":\"de\"}";
        assertEquals(403, demo("responder").post(SUBSCRIPTIONS, body).status());
        var quality = demo("quality");
        var subscribed = quality.post(SUBSCRIPTIONS, body);
        assertEquals(201, subscribed.status(), subscribed.body());
        long id = subscribed.json().getJsonNumber("id").longValue();
        assertEquals(200, quality.post(SUBSCRIPTIONS, body).status(), "subscribing again keeps the one subscription");

        String name = anonymous().get("api/services/" + service).json().getString("name");
        var mail = TestMail.awaitMessage("quality@demo.example", "Bericht über die Ergebnisse: " + name, Duration.ofSeconds(60));
        assertTrue(mail.isPresent(), "the report is e-mailed");
        assertEquals("Bericht über die Ergebnisse: " + name + ", " + last, mail.get().subject());
        String subject = "Bericht über die Ergebnisse: " + name;
        var files = attachments(TestMail.messagesTo("quality@demo.example", subject).getFirst());
        String text = utf8(files.get("text"));
        assertTrue(text.contains("outcomes.html?service=" + service + "#report-subscriptions"), text);

        var dashboard = quality.get("api/outcomes?service=" + service + "&month=" + last);
        assertEquals(200, dashboard.status(), dashboard.body());
        String pdf = pdfText(files.get("outcomes-service-" + service + "-" + last + ".pdf"));
        var t = total(dashboard);
        for (var figure : List.of(new String[] {"Geschichten", "stories"}, new String[] {"Anliegen (ein Thema zum Verbessern)", "concerns"},
                new String[] {"Beantwortet", "responded"}, new String[] {"Mittlere Tage bis zur Antwort", "meanDaysToRespond"},
                new String[] {"Umgesetzte Veränderungen", "changesMade"})) {
            assertTrue(pdf.lines().map(String::strip).anyMatch((figure[0] + ": " + german(t.getJsonObject(figure[1])))::equals),
                    figure[1] + " in\n" + pdf);
        }
        assertTrue(pdf.contains("Antwortquote: " + Math.round(t.getJsonObject("responseRate").getJsonNumber("value").doubleValue() * 100)
                + " %"), pdf);
        assertTrue(pdf.contains("Geschichten: 9") && pdf.contains("(zu verbessern): 4"), pdf);
        assertTrue(pdf.contains("Umgesetzte Veränderungen und ihre Wirkung") && pdf.contains("Ungewöhnlich steigende Themen"), pdf);
        String csv = utf8(files.get("outcomes-service-" + service + "-" + last + ".csv"));
        assertTrue(csv.startsWith("scope,scope_id,scope_name,period") && csv.contains("SERVICE," + service), csv);
        assertTrue(files.containsKey("outcomes-themes-service-" + service + "-" + last + ".csv"), files.keySet().toString());

        // The job has run again since (its lease moved on), and nothing more was queued or sent.
        try (var db = TestDatabase.connect()) {
            Instant held = heldUntil(db);
            eventually(() -> new Reply(200, null, ""), r -> heldUntil(db).isAfter(held), 30);
            assertEquals(1, deliveries(db, id));
        }
        assertEquals(1, TestMail.messagesTo("quality@demo.example", subject).size());

        assertEquals(404, demo("admin").delete(SUBSCRIPTIONS + "/" + id).status(), "another account cannot end it");
        assertEquals(1, quality.get(SUBSCRIPTIONS).array().stream().filter(s -> s.asJsonObject().getJsonNumber("id")
                .longValue() == id).count());
        assertEquals(204, quality.delete(SUBSCRIPTIONS + "/" + id).status());
        assertEquals(401, anonymous().get(SUBSCRIPTIONS).status());
    }

    /** Last month's figures of the service, as counting leaves them: 9 stories, 4 concerns, 6 answered after 2 days each. */
    private static void lastMonth(long service, YearMonth month) throws Exception {
        int ym = Integer.parseInt(month.toString().replace("-", ""));
        try (var db = TestDatabase.connect()) {
            db.createStatement().executeUpdate("insert into service_month (service_id, ym, stories, critical_2, concerns, responded,"
                    + " response_hours, changes_made, sentiment_unknown) values (" + service + ", " + ym + ", 9, 9, 4, 6, 288, 1, 9)");
            db.createStatement().executeUpdate("insert into theme_month (service_id, ym, code, polarity, stories) values ("
                    + service + ", " + ym + ", 'access.timeliness', 'IMPROVE', 4)");
        }
    }

    private static Instant heldUntil(java.sql.Connection db) {
        try (var rows = db.createStatement().executeQuery("select held_until from job_lease where name = 'reports'")) {
            rows.next();
            Timestamp at = rows.getTimestamp(1);
            return at == null ? Instant.EPOCH : at.toInstant();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int deliveries(java.sql.Connection db, long subscription) throws java.sql.SQLException {
        try (var rows = db.createStatement().executeQuery("select count(*) from report_delivery where subscription_id = " + subscription)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** The text part under "text", each attachment under its file name. */
    private static Map<String, byte[]> attachments(jakarta.mail.internet.MimeMessage message) throws Exception {
        var parts = (Multipart) message.getContent();
        var found = new HashMap<String, byte[]>();
        for (int i = 0; i < parts.getCount(); i++) {
            var part = parts.getBodyPart(i);
            var bytes = new ByteArrayOutputStream();
            part.getDataHandler().writeTo(bytes);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                found.put(part.getFileName(), bytes.toByteArray());
            } else {
                found.put("text", bytes.toByteArray());
            }
        }
        return found;
    }

    private static String utf8(byte[] bytes) {
        assertTrue(bytes != null, "the part is there");
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String pdfText(byte[] pdf) throws Exception {
        assertTrue(pdf != null, "a PDF attached");
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String german(JsonObject figure) {
        if (figure.isNull("value")) {
            return "keine";
        }
        var numbers = NumberFormat.getNumberInstance(Locale.GERMAN);
        numbers.setMaximumFractionDigits(1);
        return numbers.format(figure.getJsonNumber("value").doubleValue());
    }
}
