package org.coproduce.operations.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.coproduce.operations.control.OperationalMetrics;
import org.coproduce.operations.control.PrometheusText;
import org.coproduce.platform.Settings;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * {@code GET /metrics}: the application metrics in Prometheus text format. With
 * COPRODUCE_METRICS_TOKEN set, only for {@code Authorization: Bearer <token>} (else 401); unset,
 * only for clients on the loopback interface (else 403). Payara's own /metrics endpoint is
 * moved aside and locked (pre-boot.asadmin).
 */
@WebServlet("/metrics")
public class MetricsServlet extends HttpServlet {

    @Inject
    OperationalMetrics metrics;

    @Inject
    MetricRegistry registry;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var token = Settings.get("COPRODUCE_METRICS_TOKEN").filter(t -> !t.isBlank());
        if (token.isPresent() && !matches(token.get(), request.getHeader("Authorization"))) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"metrics\"");
            response.sendError(401);
            return;
        }
        if (token.isEmpty() && !InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress()) {
            response.sendError(403);
            return;
        }
        metrics.refresh();
        response.setContentType("text/plain; version=0.0.4; charset=utf-8");
        response.getWriter().write(PrometheusText.of(registry, "coproduce_")
                + "# TYPE coproduce_theme_model_info gauge\ncoproduce_theme_model_info{version=\""
                + PrometheusText.escape(metrics.modelVersion()) + "\"} 1\n");
    }

    private static boolean matches(String token, String header) {
        var given = header != null && header.startsWith("Bearer ") ? header.substring(7).strip() : "";
        return MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
