package org.coproduce.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The IT database as {@code mariadb-dump} (or {@code mysqldump}) writes it: every row of every
 * table as SQL text, to look for data that should have gone.
 */
public final class DatabaseDump {

    private DatabaseDump() {
    }

    public static String dump() throws IOException, InterruptedException {
        String program = Files.isExecutable(Path.of("/usr/bin/mariadb-dump")) ? "mariadb-dump" : "mysqldump";
        var process = new ProcessBuilder(program, "--host=127.0.0.1", "--port=3306", "--user=root", "--skip-extended-insert",
                "--no-tablespaces", "--skip-comments", System.getProperty("coproduce.it.dbname", "coproduce_it")).start();
        var out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        var err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(program + " took longer than two minutes");
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(program + " failed: " + err.join());
        }
        return out.join();
    }

    private static String read(java.io.InputStream stream) {
        try {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
