package org.coproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The steps of {@link CrashRecoveryIT}'s milestone journey: a change of a new organisation, open
 * for participation, followed by three confirmed followers and one who never confirmed; its
 * milestone posted by an admin; what each follower got. Mail goes to a GreenMail of its own, on a
 * free port, so the journey needs no port beside the server's.
 */
final class CrashedMilestone implements AutoCloseable {

    static final String ADMIN = "crash-admin@example.org";
    static final String PASSWORD = "crash admin password 2026";
    static final List<String> CONFIRMED = List.of("crash-one@example.org", "crash-two@example.org", "crash-three@example.org");
    static final String UNCONFIRMED = "crash-unconfirmed@example.org";
    static final String KIND = "change-milestone-fan-out";

    private final GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    private long change;
    private long milestone;

    CrashedMilestone() {
        mail.start();
    }

    /** What the server is started with: the first admin, this journey's SMTP server, and how often the outbox polls. */
    Map<String, String> environment(int outboxPollMs) {
        return Map.of("COPRODUCE_ADMIN_EMAIL", ADMIN, "COPRODUCE_ADMIN_PASSWORD", PASSWORD, "COPRODUCE_SECOND_FACTOR_ROLES", "NONE",
                "SMTP_HOST", "127.0.0.1", "SMTP_PORT", String.valueOf(mail.getSmtp().getPort()),
                "COPRODUCE_OUTBOX_POLL_MS", String.valueOf(outboxPollMs));
    }

    void prepareAChangeWithFollowers(int port) throws Exception {
        var admin = new Client(port);
        admin.logIn();
        long organisation = admin.send("POST", "/api/organisations", "{\"name\":\"Crash Trust\",\"country\":\"GB\"}", 201)
                .getJsonNumber("id").longValue();
        change = admin.send("POST", "/api/changes", "{\"organisationId\":" + organisation
                + ",\"description\":\"A ramp at the crash entrance\"}", 201).getJsonNumber("id").longValue();
        admin.send("PUT", "/api/changes/" + change + "/participation", "{\"open\":true}", 200);
        var citizen = new Client(port);
        for (String follower : concat(CONFIRMED, UNCONFIRMED)) {
            citizen.send("POST", "/api/subscriptions", "{\"email\":\"" + follower + "\",\"kind\":\"CHANGE\",\"target\":\"" + change
                    + "\",\"language\":\"en\"}", 202);
        }
        for (String follower : CONFIRMED) {
            String body = awaitMail(follower, "confirm", 1).getFirst().getContent().toString();
            String token = body.replaceAll("(?s).*/updates\\.html#confirm=([A-Za-z0-9_-]+).*", "$1");
            citizen.send("POST", "/api/subscriptions/confirmation", "{\"token\":\"" + token + "\"}", 200);
        }
        awaitMail(UNCONFIRMED, "confirm", 1);
    }

    /** Posted while the outbox is held: answered 201, its fan-out task stored beside it. */
    void postTheMilestone(int port) throws Exception {
        var admin = new Client(port);
        admin.logIn();
        milestone = admin.send("POST", "/api/changes/" + change + "/milestones", "{\"stage\":\"PLANNED\",\"on\":\"2026-11-02\"}", 201)
                .getJsonNumber("id").longValue();
    }

    void assertTheFanOutIsStillToRun() throws Exception {
        assertEquals("PENDING", text("select status from outbox where kind = '" + KIND + "' and subject_id = " + milestone),
                "the fan-out was stored with the milestone and had not run at the kill");
        assertEquals(0, number("select count(*) from milestone_notice where milestone_id = " + milestone), "nobody told yet");
        for (String follower : concat(CONFIRMED, UNCONFIRMED)) {
            assertEquals(0, milestoneMails(follower).size(), follower);
        }
    }

    /** Waits for the e-mails, then a little longer, so that a second one would be seen too. */
    void assertEveryConfirmedFollowerIsToldOnce() throws Exception {
        for (String follower : CONFIRMED) {
            awaitMail(follower, "Change planned", 1);
        }
        for (int i = 0; i < 100 && number("select count(*) from outbox where status <> 'DONE' and kind in ('" + KIND + "', 'email-change-milestone')") > 0; i++) {
            Thread.sleep(200);
        }
        Thread.sleep(3000);
        assertEquals("DONE", text("select status from outbox where kind = '" + KIND + "' and subject_id = " + milestone));
        assertEquals(CONFIRMED.size(), number("select count(*) from milestone_notice where milestone_id = " + milestone),
                "one notice a confirmed follower");
        assertEquals(CONFIRMED.size(), number("select count(distinct subscription_id) from milestone_notice where milestone_id = "
                + milestone));
        for (String follower : CONFIRMED) {
            assertEquals(1, milestoneMails(follower).size(), "exactly one milestone e-mail to " + follower);
        }
        assertEquals(0, milestoneMails(UNCONFIRMED).size(), "nothing to a follower who never confirmed");
    }

    private List<MimeMessage> milestoneMails(String to) throws Exception {
        return messages(to, "Change planned");
    }

    private List<MimeMessage> awaitMail(String to, String subject, int count) throws Exception {
        for (int i = 0; i < 600; i++) {
            var found = messages(to, subject);
            if (found.size() >= count) {
                return found;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no e-mail \"" + subject + "\" to " + to + " within 2 minutes");
    }

    private List<MimeMessage> messages(String to, String subject) throws Exception {
        var found = new ArrayList<MimeMessage>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            var recipients = m.getRecipients(Message.RecipientType.TO);
            if (recipients != null && Arrays.stream(recipients).anyMatch(a -> a.toString().equalsIgnoreCase(to))
                    && m.getSubject() != null && m.getSubject().contains(subject)) {
                found.add(m);
            }
        }
        return found;
    }

    static String text(String sql) throws SQLException {
        try (var db = DriverManager.getConnection(System.getProperty("coproduce.it.db").replace("/?", "/" + CrashRecoveryIT.DATABASE + "?"));
                var rows = db.createStatement().executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : "";
        }
    }

    private static long number(String sql) throws SQLException {
        return Long.parseLong(text(sql));
    }

    private static List<String> concat(List<String> list, String one) {
        var all = new ArrayList<>(list);
        all.add(one);
        return all;
    }

    @Override
    public void close() {
        mail.stop();
    }

    /** A browser of the API: keeps the session cookie and sends the CSRF token of its login. */
    private static final class Client {

        private final int port;
        private final HttpClient http;
        private String csrf = "";

        Client(int port) {
            this.port = port;
            this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager()).build();
        }

        void logIn() throws Exception {
            csrf = send("POST", "/api/session", "{\"email\":\"" + ADMIN + "\",\"password\":\"" + PASSWORD + "\"}", 200)
                    .getString("csrfToken");
        }

        JsonObject send(String method, String path, String json, int expected) throws Exception {
            var reply = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Content-Type", "application/json").header("X-CSRF-Token", csrf)
                    .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(expected, reply.statusCode(), method + " " + path + ": " + reply.body());
            assertTrue(reply.body().isBlank() || reply.body().startsWith("{"), reply.body());
            return reply.body().isBlank() ? Json.createObjectBuilder().build()
                    : Json.createReader(new StringReader(reply.body())).readObject();
        }
    }
}
