package org.coproduce.webhooks.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.coproduce.platform.Settings;

/**
 * Sends one signed POST: no redirect followed (a 3xx is a failure), no proxy, connect timeout
 * COPRODUCE_WEBHOOK_CONNECT_TIMEOUT_MS (5,000), answer timeout COPRODUCE_WEBHOOK_TIMEOUT_MS
 * (10,000); at most 4 KB of the answer is read, then the connection is let go.
 */
@ApplicationScoped
public class Sender {

    static final Duration CONNECT = Duration.ofMillis(Settings.number("COPRODUCE_WEBHOOK_CONNECT_TIMEOUT_MS", 5_000));
    static final Duration ANSWER = Duration.ofMillis(Settings.number("COPRODUCE_WEBHOOK_TIMEOUT_MS", 10_000));

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT).followRedirects(HttpClient.Redirect.NEVER)
            .proxy(HttpClient.Builder.NO_PROXY).build();

    /** What one attempt came to: the receiver's status (null when none came) or the error, and how long it took. */
    public record Attempt(Integer status, long millis, String error) {

        public boolean succeeded() {
            return status != null && status >= 200 && status < 300;
        }

        static Attempt refused(String why) {
            return new Attempt(null, 0, "refused: the target " + why);
        }
    }

    public Attempt send(String url, Map<String, String> headers, String body) {
        long started = System.nanoTime();
        try {
            var request = HttpRequest.newBuilder(URI.create(url)).timeout(ANSWER).header("Content-Type", "application/json")
                    .header("User-Agent", "Coproduce-Webhooks/1").POST(HttpRequest.BodyPublishers.ofString(body));
            headers.forEach(request::header);
            var response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream answer = response.body()) {
                answer.readNBytes(4096);
            }
            int status = response.statusCode();
            return new Attempt(status, elapsed(started), status >= 200 && status < 300 ? null : "HTTP " + status);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Attempt(null, elapsed(started), "interrupted");
        } catch (IOException | RuntimeException e) {
            return new Attempt(null, elapsed(started), e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
