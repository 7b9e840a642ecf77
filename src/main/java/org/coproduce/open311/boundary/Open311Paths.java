package org.coproduce.open311.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The public Open311 addresses, {@code /open311/v2/…}, where civic apps expect them, answered by
 * {@link GeoReportResource} under {@code /api/open311/v2/…} (as {@code following.boundary.FeedPaths} does for feeds).
 * The body limit and no-store filters of {@code /api/*} run on the forwarded request too.
 */
@WebFilter("/open311/*")
public class Open311Paths extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        request.getRequestDispatcher("/api" + path + (query == null ? "" : "?" + query)).forward(request, response);
    }
}
