package org.coproduce.following.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The feeds' public addresses, {@code /feeds/…}, answered by {@link FeedsResource} under {@code /api/feeds/…}. */
@WebFilter("/feeds/*")
public class FeedPaths extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        request.getRequestDispatcher("/api" + path + (query == null ? "" : "?" + query)).forward(request, response);
    }
}
