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
 * restart; a change's milestone answered with 201 is told to every confirmed follower exactly once
 * though the server was killed before its fan-out ran. Starts Payara Micro itself (not through
 * Arquillian) so that it can kill it. Both journeys share the three starts (each start costs about
 * a minute on a busy machine): the followers confirm while the outbox runs; the milestone and the
 * story are acknowledged while it is held back, and the server is killed; after the restart both
 * finish.
 */
class CrashRecoveryIT {

    /** A free port of its own: the test JVM may hold the configured ones (its SMTP server, proxy and identity provider). */
    static final int PORT = freePort();
    static final String DATABASE = System.getProperty("coproduce.it.dbname", "coproduce_it") + "_crash";
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    Process server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.destroyForcibly();
        }
    }

    /**
     * The milestone and its fan-out task are stored in one transaction, and so are the story and its
     * analysis task; the server is killed right after both were acknowledged, while the outbox is
     * held back (it polls once an hour in that run), so neither task has run. After the restart the
     * story is there, its analysis runs, every confirmed follower gets one notice and one e-mail,
     * the unconfirmed none.
     */
    @Test
    void keepsWhatItAcknowledgedAndFinishesItsTasksExactlyOnceAfterAKill() throws Exception {
        dropDatabase();
        try (var crash = new CrashedMilestone()) {
            server = start(crash.environment(200));
            crash.prepareAChangeWithFollowers(PORT);
            server.destroyForcibly().waitFor();

            server = start(crash.environment(3_600_000));
            crash.postTheMilestone(PORT);
            var reply = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + "/api/stories"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"category\":\"HEALTH\",\"latitude\":53.8,\"longitude\":-1.55,\"relation\":\"CARER\","
                                    + "\"happened\":\"2026-10\",\"title\":\"Kept\",\"story\":\"The ward was cold and the staff were rude.\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            server.destroyForcibly().waitFor();
            assertEquals(202, reply.statusCode(), reply.body());
            String token = reply.body().replaceAll(".*\"followToken\":\"([^\"]+)\".*", "$1");
            crash.assertTheFanOutIsStillToRun();
            assertEquals("PENDING", CrashedMilestone.text("select status from outbox where kind = 'analyse-story'"),
                    "the story's analysis was stored with it and had not run at the kill");

            server = start(crash.environment(200));
            var follow = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + "/api/follow/" + token)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, follow.statusCode(), "the story survived the kill");
            assertTrue(follow.body().contains("\"title\":\"Kept\""));
            crash.assertEveryConfirmedFollowerIsToldOnce();
            String status = "";
            for (int i = 0; i < 1500 && !status.equals("DONE"); i++) {
                Thread.sleep(200);
                status = CrashedMilestone.text("select status from outbox where kind = 'analyse-story'");
            }
            assertEquals("DONE", status, "the analysis queued before the kill ran after the restart");
        }
    }

    private static int freePort() {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void dropDatabase() throws Exception {
        try (var db = DriverManager.getConnection(System.getProperty("coproduce.it.db"))) {
            db.createStatement().execute("DROP DATABASE IF EXISTS " + DATABASE);
        }
    }

    private Process start(java.util.Map<String, String> environment) throws Exception {
        Path log = Files.createDirectories(Path.of("target", "crash-recovery")).resolve("payara-" + System.nanoTime() + ".log");
        var builder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-jar",
                new File("target/payara-micro.jar").getAbsolutePath(), "--deploy", new File("target/coproduce.war").getAbsolutePath(),
                "--contextroot", "/", "--port", String.valueOf(PORT), "--prebootcommandfile", "payara-config/pre-boot.asadmin",
                "--disablephonehome", "--nocluster")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("DB_URL", "jdbc:mysql://127.0.0.1:3306/" + DATABASE + "?user=root&password=&createDatabaseIfNotExist=true");
        builder.environment().remove("COPRODUCE_DEMO");
        builder.environment().put("COPRODUCE_OUTBOX_POLL_MS", "200");
        builder.environment().putAll(environment);
        var process = builder.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                // a time limit: a Payara whose boot hangs (seen under heavy load) has its port open but never answers
                var ping = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + "/api/services"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
                if (ping.statusCode() == 200) {
                    return process;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara exited; see " + log);
            }
            Thread.sleep(200);
        }
        process.destroyForcibly().waitFor();
        throw new IllegalStateException("Payara did not start within 240 s; see " + log);
    }
}
