package org.coproduce.outcomes;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Times dashboard requests against a running Coproduce, one client, one request at a time:
 * 5 warm-up rounds, then {@code bench.rounds} (default 30); prints median and p95 per request.
 *
 * <pre>mvn -B -q -Pbenchmark test-compile exec:java -Dbench.base=http://localhost:8095 -Dbench.organisation=1 -Dbench.service=2 -Dbench.theme=access.timeliness</pre>
 */
public final class DashboardBenchmark {

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("bench.base", "http://localhost:8095");
        String organisation = System.getProperty("bench.organisation", "1");
        String service = System.getProperty("bench.service", "2");
        int rounds = Integer.parseInt(System.getProperty("bench.rounds", "30"));
        String theme = System.getProperty("bench.theme", "access.timeliness");
        String range = "from=2024-01&to=2026-12";
        var paths = List.of(
                "/api/outcomes?" + range,
                "/api/outcomes?" + range + "&by=quarter",
                "/api/outcomes?" + range + "&by=week",
                "/api/outcomes?organisation=" + organisation + "&" + range,
                "/api/outcomes?organisation=" + organisation + "&" + range + "&by=week",
                "/api/outcomes?service=" + service + "&" + range,
                "/api/outcomes?service=" + service + "&" + range + "&by=week",
                "/api/outcomes/export.csv?organisation=" + organisation + "&" + range,
                "/api/outcomes/stories?organisation=" + organisation + "&month=2025-06&size=20",
                "/api/outcomes/stories?organisation=" + organisation + "&week=2025-W24&size=20",
                "/api/outcomes/stories?service=" + service + "&month=2025-06&size=20",
                "/api/outcomes/stories?service=" + service + "&month=2025-06&theme=" + theme + "&polarity=IMPROVE&size=20",
                "/api/outcomes/stories?organisation=" + organisation + "&month=2025-06&criticality=3&size=20",
                "/api/outcomes/stories?organisation=" + organisation + "&month=2025-06&criticality=3&sentiment=negative&size=20",
                "/api/outcomes/stories?" + range + "&size=20",
                "/api/outcomes/stories?" + range + "&criticality=3&sentiment=negative&size=20");
        var client = HttpClient.newHttpClient();
        for (String path : paths) {
            var request = HttpRequest.newBuilder(URI.create(base + path)).build();
            long[] times = new long[rounds];
            int status = 0;
            for (int i = -5; i < rounds; i++) {
                long start = System.nanoTime();
                status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (i >= 0) {
                    times[i] = System.nanoTime() - start;
                }
            }
            Arrays.sort(times);
            System.out.printf("%-110s %d  median %6.1f ms  p95 %6.1f ms%n", path, status, times[rounds / 2] / 1e6,
                    times[(int) Math.ceil(rounds * 0.95) - 1] / 1e6);
        }
    }
}
