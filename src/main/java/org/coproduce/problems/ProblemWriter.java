package org.coproduce.problems;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Writes a problem from servlet code (filters, error pages), outside JAX-RS. */
public final class ProblemWriter {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private ProblemWriter() {
    }

    /** The problem in the caller's language (Accept-Language), as {@link ProblemLanguage} answers in JAX-RS. */
    public static void write(HttpServletRequest request, HttpServletResponse response, Problem problem) throws IOException {
        String language = request.getHeader("Accept-Language") == null ? "en" : ProblemLanguage.of(request.getLocales());
        response.setHeader("Content-Language", language);
        write(response, ProblemLanguage.in(problem, language));
    }

    public static void write(HttpServletResponse response, Problem problem) throws IOException {
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSONB.toJson(problem));
    }
}
