package org.coproduce.stories;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Times the public reads (search, lists, filters, a deep cursor page, a story page) against a
 * running Coproduce, one client, one request at a time: 3 warm-up rounds, then
 * {@code bench.rounds} (default 10); prints median and p95 per request (docs/search.md).
 *
 * <pre>mvn -B -q -Pbenchmark-search test-compile exec:java -Dbench.base=http://localhost:8215 -Dbench.story=5000</pre>
 */
public final class SearchBenchmark {

    private static final Pattern NEXT = Pattern.compile("\"next\":\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("bench.base", "http://localhost:8215");
        int rounds = Integer.parseInt(System.getProperty("bench.rounds", "10"));
        String theme = System.getProperty("bench.theme", "access.timeliness");
        var client = HttpClient.newHttpClient();
        var paths = List.of(
                "/api/stories?size=20",
                "/api/stories?q=waiting&size=20",
                "/api/stories?q=Wartezeit&size=20",
                "/api/stories?q=ward1234&size=20",
                "/api/stories?q=zzzznomatch&size=20",
                "/api/stories?theme=" + theme + "&size=20",
                "/api/stories?service=" + System.getProperty("bench.service", "2") + "&size=20",
                "/api/stories?organisation=" + System.getProperty("bench.organisation", "1") + "&size=20",
                "/api/stories?relation=RELATIVE&size=20",
                "/api/stories?from=2025-01-01&to=2025-01-31&size=20",
                "/api/stories?q=waiting&theme=" + theme + "&from=2025-01-01&to=2025-12-31&size=20",
                "/api/stories/" + System.getProperty("bench.story", "1"));
        for (String path : paths) {
            time(client, base + path, path, rounds);
        }
        String next = next(client, base + "/api/stories?size=20");
        for (int i = 0; i < 50 && next != null; i++) {
            next = next(client, base + "/api/stories?size=20&after=" + next);
        }
        if (next != null) {
            time(client, base + "/api/stories?size=20&after=" + next, "/api/stories?size=20&after=<page 52>", rounds);
        }
    }

    private static String next(HttpClient client, String url) throws Exception {
        var matcher = NEXT.matcher(client.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        return matcher.find() ? matcher.group(1) : null;
    }

    private static void time(HttpClient client, String url, String label, int rounds) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url)).build();
        long[] times = new long[rounds];
        int status = 0;
        for (int i = -3; i < rounds; i++) {
            long start = System.nanoTime();
            status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (i >= 0) {
                times[i] = System.nanoTime() - start;
            }
        }
        Arrays.sort(times);
        System.out.printf("%-90s %d  median %6.1f ms  p95 %6.1f ms%n", label, status, times[rounds / 2] / 1e6,
                times[(int) Math.ceil(rounds * 0.95) - 1] / 1e6);
    }
}
