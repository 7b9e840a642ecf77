package org.coproduce.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A public address outside /api answered by a resource under it: {@code /x/…} is forwarded to
 * {@code /api/x/…} with its query, so the filters of {@code /api/*} (body limit, no-store) run on it too.
 * A subclass names its paths with {@code @WebFilter}.
 */
public abstract class ApiForward extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        request.getRequestDispatcher("/api" + path + (query == null ? "" : "?" + query)).forward(request, response);
    }
}
