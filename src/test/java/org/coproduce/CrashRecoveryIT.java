package org.coproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Nothing acknowledged is lost: a story answered with 202 survives the server being killed
 * (SIGKILL) right after, and its analysis, still in the outbox at the kill, runs after the
 * restart. Starts Payara Micro itself (not through Arquillian) so that it can kill it.
 */
class CrashRecoveryIT {

    static final int PORT = Integer.getInteger("coproduce.it.port", 18181) + 2;
    static final String DATABASE = System.getProperty("coproduce.it.dbname", "coproduce_it") + "_crash";
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    Process server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.destroyForcibly();
        }
    }

    @Test
    void keepsAnAcknowledgedStoryAndFinishesItsAnalysisAfterAKill() throws Exception {
        try (var db = DriverManager.getConnection(System.getProperty("coproduce.it.db"))) {
            db.createStatement().execute("DROP DATABASE IF EXISTS " + DATABASE);
        }
        server = start();
        var reply = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + "/api/stories"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"category\":\"HEALTH\",\"latitude\":53.8,\"longitude\":-1.55,\"relation\":\"CARER\","
                                + "\"happened\":\"2026-10\",\"title\":\"Kept\",\"story\":\"The ward was cold and the staff were rude.\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        server.destroyForcibly().waitFor();
        assertEquals(202, reply.statusCode(), reply.body());
        String token = reply.body().replaceAll(".*\"followToken\":\"([^\"]+)\".*", "$1");

        server = start();
        var follow = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + "/api/follow/" + token)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, follow.statusCode(), "the story survived the kill");
        assertTrue(follow.body().contains("\"title\":\"Kept\""));

        String status = "";
        for (int i = 0; i < 300 && !status.equals("DONE"); i++) {
            Thread.sleep(1000);
            try (var db = DriverManager.getConnection(System.getProperty("coproduce.it.db").replace("/?", "/" + DATABASE + "?"));
                    var rows = db.createStatement().executeQuery("select status from outbox where kind = 'analyse-story'")) {
                status = rows.next() ? rows.getString(1) : "";
            }
        }
        assertEquals("DONE", status, "the analysis queued before the kill ran after the restart");
    }

    private Process start() throws Exception {
        Path log = Files.createDirectories(Path.of("target", "crash-recovery")).resolve("payara-" + System.nanoTime() + ".log");
        var builder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-jar",
                new File("target/payara-micro.jar").getAbsolutePath(), "--deploy", new File("target/coproduce.war").getAbsolutePath(),
                "--contextroot", "/", "--port", String.valueOf(PORT), "--prebootcommandfile", "payara-config/pre-boot.asadmin",
                "--disablephonehome", "--nocluster")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("DB_URL", "jdbc:mysql://127.0.0.1:3306/" + DATABASE + "?user=root&password=&createDatabaseIfNotExist=true");
        builder.environment().remove("COPRODUCE_DEMO");
        builder.environment().put("COPRODUCE_OUTBOX_POLL_MS", "200");
        var process = builder.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                var ping = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + "/api/services")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ping.statusCode() == 200) {
                    return process;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara exited; see " + log);
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Payara did not start within 240 s; see " + log);
    }
}
