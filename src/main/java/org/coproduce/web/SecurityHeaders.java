package org.coproduce.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.coproduce.platform.Settings;

/**
 * Every answer forbids inline scripts and styles, framing, sniffing and referrers: story text
 * that slips through as markup still cannot run. Over https (see {@link #overHttps}) browsers are
 * also told to use https only, for a year and on subdomains (HSTS).
 */
@WebFilter("/*")
public class SecurityHeaders extends HttpFilter {

    static final String HSTS = "max-age=31536000; includeSubDomains";
    private static final boolean TRUST_PROXY = Settings.flag("COPRODUCE_TRUST_PROXY");

    private final String policy = policy(Tiles.configured());

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

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        if (overHttps(request.isSecure(), request.getHeader("X-Forwarded-Proto"), TRUST_PROXY)) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        chain.doFilter(request, response);
    }
}
