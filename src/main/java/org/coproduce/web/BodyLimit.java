package org.coproduce.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.coproduce.platform.Settings;
import org.coproduce.problems.Problem;
import org.coproduce.problems.ProblemWriter;

/**
 * Refuses API request bodies over COPRODUCE_MAX_BODY_BYTES (default 64 KiB) with 413 before
 * anything reads them. Bodies without a length (chunked) are refused too: browsers and API
 * clients send Content-Length for JSON.
 */
@WebFilter("/api/*")
public class BodyLimit extends HttpFilter {

    private static final long LIMIT = Settings.number("COPRODUCE_MAX_BODY_BYTES", 64 * 1024);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long length = request.getContentLengthLong();
        boolean chunked = length < 0 && "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
        if (length > LIMIT || chunked) {
            response.setHeader("Connection", "close");
            ProblemWriter.write(request, response, Problem.of(413, "payload-too-large", "Payload Too Large",
                    "The request body may be at most " + LIMIT + " bytes, with a Content-Length."));
            return;
        }
        chain.doFilter(request, response);
    }
}
