package org.coproduce.operations.control;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Gauge;
import org.eclipse.microprofile.metrics.Metric;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Timer;

/** Writes a MicroProfile Metrics registry in the Prometheus text format (counters, gauges, timers as summaries in seconds). */
public final class PrometheusText {

    private PrometheusText() {
    }

    public static String of(MetricRegistry registry, String prefix) {
        var out = new StringBuilder();
        String typed = null;
        for (var entry : registry.getMetrics().entrySet()) {
            var id = entry.getKey();
            var name = prefix + id.getName().replaceAll("[^a-zA-Z0-9_]", "_");
            String type = type(entry.getValue());
            if (type == null) {
                continue;
            }
            if (!name.equals(typed)) {
                out.append("# TYPE ").append(name).append(type.equals("counter") ? "_total" : type.equals("summary") ? "_seconds" : "")
                        .append(' ').append(type).append('\n');
                typed = name;
            }
            write(out, name, labels(id), entry.getValue());
        }
        return out.toString();
    }

    private static String type(Metric metric) {
        return switch (metric) {
            case Counter c -> "counter";
            case Gauge<?> g -> "gauge";
            case Timer t -> "summary";
            default -> null;
        };
    }

    private static void write(StringBuilder out, String name, String labels, Metric metric) {
        switch (metric) {
            case Counter c -> line(out, name + "_total", labels, c.getCount());
            case Gauge<?> g -> line(out, name, labels, g.getValue());
            case Timer t -> {
                line(out, name + "_seconds_count", labels, t.getCount());
                line(out, name + "_seconds_sum", labels, t.getElapsedTime().toNanos() / 1e9);
            }
            default -> { }
        }
    }

    private static void line(StringBuilder out, String name, String labels, Object value) {
        out.append(name).append(labels).append(' ').append(value == null ? "NaN" : value).append('\n');
    }

    private static String labels(MetricID id) {
        var tags = Arrays.stream(id.getTagsAsArray()).filter(t -> !t.getTagName().startsWith("_"))
                .map(t -> t.getTagName() + "=\"" + escape(t.getTagValue()) + "\"").collect(Collectors.joining(","));
        return tags.isEmpty() ? "" : "{" + tags + "}";
    }

    public static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
