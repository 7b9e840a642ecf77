package org.coproduce.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * {@code Cache-Control: no-store} on every API answer that may carry personal or staff data, so no
 * browser, proxy or shared computer keeps it: every answer to a request with a session cookie,
 * every answer to a request that changes something (POST, PUT, DELETE: a new story's follow token,
 * an account), and every answer under the secret links (/api/follow/..., /api/difference/..., /api/erasure-requests/..., a barrier report's
 * /api/barriers/erasure/... and /api/barriers/reported/..., /api/contributions/...) and
 * /api/session. Public reads without a session keep their headers and may be cached.
 */
@WebFilter(urlPatterns = "/api/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class NoStore extends HttpFilter {

    static final String SESSION_COOKIE = "COPRODUCE_SESSION";
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final List<String> PRIVATE_PATHS = List.of("/follow/", "/difference/", "/erasure-requests/", "/session/",
            "/barriers/erasure/", "/barriers/reported/", "/contributions/");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length() + "/api".length());
        if (personal(request.getMethod(), path, hasSession(request.getCookies()))) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
        chain.doFilter(request, response);
    }

    /** Whether the answer to this request may carry personal or staff data; path is relative to /api. */
    static boolean personal(String method, String path, boolean session) {
        String slashed = path + "/";
        return session || !READS.contains(method) || PRIVATE_PATHS.stream().anyMatch(slashed::startsWith);
    }

    private static boolean hasSession(Cookie[] cookies) {
        return cookies != null && Arrays.stream(cookies).anyMatch(c -> SESSION_COOKIE.equals(c.getName()));
    }
}
