package org.coproduce.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Every answer forbids inline scripts and styles, framing, sniffing and referrers: story text
 * that slips through as markup still cannot run.
 */
@WebFilter("/*")
public class SecurityHeaders extends HttpFilter {

    private final String policy = policy(Tiles.configured());

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
        chain.doFilter(request, response);
    }
}
