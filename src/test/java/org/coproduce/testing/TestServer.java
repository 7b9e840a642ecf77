package org.coproduce.testing;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The app on Payara Micro, started once per failsafe fork and shared by the IT classes that run in
 * it, as their journeys already share the fork's database, SMTP server and identity provider
 * ({@link TestDatabase}). A start (deploying the WAR, scanning it, connecting) costs a minute or
 * more on a busy machine; Arquillian's managed container paid it again for every class. Started
 * as that container would start it (arquillian.xml): the WAR Maven just built, the fork's port,
 * the pre-boot commands, the fork's DB_URL, SMTP_PORT and OpenID issuer as JVM options
 * (payara.cmdOptions, set by {@link ItFork}), the failsafe environment; its output goes to
 * target/it-server/. Started again if it died; stopped when the fork ends.
 */
public final class TestServer {

    private static Process process;
    private static URL url;
    /** A start that failed is not tried again for every test of the fork (each try may take minutes). */
    private static IllegalStateException failed;

    private TestServer() {
    }

    /** The app's address (http://localhost:port/coproduce/), starting it first if this fork has none running. */
    public static synchronized URL url() {
        if (failed != null) {
            throw failed;
        }
        if (process == null || !process.isAlive()) {
            try {
                start();
            } catch (Hung hung) {
                System.err.println(hung.getMessage() + "; starting it once more");
                try {
                    start();
                } catch (IllegalStateException e) {
                    failed = e;
                    throw e;
                }
            } catch (IllegalStateException e) {
                failed = e;
                throw e;
            }
        }
        return url;
    }

    static synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    private static void start() {
        String port = System.getProperty("coproduce.it.port", "18181");
        try {
            Path log = Files.createDirectories(Path.of("target", "it-server")).resolve("payara-" + port + "-" + System.nanoTime() + ".log");
            var command = new ArrayList<String>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(options(System.getProperty("payara.cmdOptions", "")));
            command.addAll(List.of("-jar", new File(System.getProperty("payara.microJar", "target/payara-micro.jar")).getAbsolutePath(),
                    "--deploy", new File("target/coproduce.war").getAbsolutePath(), "--nocluster", "--port", port,
                    "--prebootcommandfile", "payara-config/pre-boot.asadmin", "--disablephonehome"));
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            url = awaitDeployed(log, Integer.parseInt(System.getProperty("coproduce.it.startup", "600")));
        } catch (IOException e) {
            throw new IllegalStateException("Payara Micro could not be started", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while Payara Micro started", e);
        }
    }

    private static List<String> options(String cmdOptions) {
        return Arrays.stream(cmdOptions.trim().split("\\s+")).filter(o -> !o.isEmpty()).toList();
    }

    /** A boot that stopped writing to its log for {@link #SILENT_SECONDS} s: Payara's HK2 start can deadlock under heavy load. */
    static final class Hung extends IllegalStateException {
        Hung(String message) {
            super(message);
        }
    }

    static final int SILENT_SECONDS = 300;

    /**
     * Waits for Payara Micro to print the deployed app's address, as Arquillian's container does;
     * kills a boot that hangs (its log silent for minutes) so that it can be started again.
     */
    private static URL awaitDeployed(Path log, int seconds) throws IOException, InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long size = -1;
        long grew = System.nanoTime();
        while (System.nanoTime() < end) {
            if (Files.size(log) != size) {
                size = Files.size(log);
                grew = System.nanoTime();
            } else if (System.nanoTime() - grew > TimeUnit.SECONDS.toNanos(SILENT_SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new Hung("Payara Micro's boot wrote nothing for " + SILENT_SECONDS + " s (hung); see " + log);
            }
            var lines = Files.readAllLines(log, java.nio.charset.StandardCharsets.ISO_8859_1);
            for (int i = 0; i + 1 < lines.size(); i++) {
                if (lines.get(i).strip().equals("Payara Micro URLs:") && lines.get(i + 1).strip().startsWith("http")) {
                    return address(lines.get(i + 1).strip());
                }
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited while starting; see " + log);
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new IllegalStateException("Payara Micro did not deploy the app within " + seconds + " s; see " + log);
    }

    private static URL address(String printed) throws MalformedURLException {
        return URI.create(printed.endsWith("/") ? printed : printed + "/").toURL();
    }
}
