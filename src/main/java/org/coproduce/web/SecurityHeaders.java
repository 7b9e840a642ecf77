package org.coproduce.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import org.coproduce.platform.Settings;

/**
 * Every answer forbids inline scripts and styles, framing, sniffing and referrers: story text
 * that slips through as markup still cannot run. Only a page a {@link FramePolicy} names (the
 * widget) may be framed, by the origins it names. Over https (see {@link #overHttps}) browsers are
 * also told to use https only, for a year and on subdomains (HSTS).
 */
@WebFilter("/*")
public class SecurityHeaders extends HttpFilter {

    static final String HSTS = "max-age=31536000; includeSubDomains";
    private static final boolean TRUST_PROXY = Settings.flag("COPRODUCE_TRUST_PROXY");

    private final String policy = policy(Tiles.configured());

    @Inject
    Instance<FramePolicy> framePolicies;

    /**
     * Whether the answer goes out over https: the connection is secure, or a reverse proxy that is
     * trusted (COPRODUCE_TRUST_PROXY=true) says it terminated TLS (X-Forwarded-Proto: https).
     */
    static boolean overHttps(boolean secure, String forwardedProto, boolean trustProxy) {
        return secure || trustProxy && forwardedProto != null && "https".equalsIgnoreCase(forwardedProto.split(",")[0].strip());
    }

    static String policy(Tiles tiles) {
        String tileOrigin = tiles.origin().isEmpty() ? "" : " " + tiles.origin();
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:" + tileOrigin
                + "; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";
    }

    /** The policy with {@code frame-ancestors} naming the origins (checked by the port's owner: scheme, host, port only). */
    static String framedBy(String policy, List<String> origins) {
        return policy.replace("frame-ancestors 'none'", "frame-ancestors " + String.join(" ", origins));
    }

    private List<String> frameAncestors(HttpServletRequest request) {
        if (framePolicies == null || framePolicies.isUnsatisfied()) {
            return List.of();
        }
        return framePolicies.stream().flatMap(p -> p.frameAncestors(request).stream()).toList();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var framers = frameAncestors(request);
        response.setHeader("Content-Security-Policy", framers.isEmpty() ? policy : framedBy(policy, framers));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (framers.isEmpty()) {
            response.setHeader("X-Frame-Options", "DENY");
        }
        if (framePolicies != null && framePolicies.stream().anyMatch(p -> p.decides(request))) {
            response.setHeader("Cache-Control", "no-store");
        }
        if (overHttps(request.isSecure(), request.getHeader("X-Forwarded-Proto"), TRUST_PROXY)) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        chain.doFilter(request, response);
    }
}
