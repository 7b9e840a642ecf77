package org.coproduce.problems;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Every problem in the caller's language: German when the first of German or English in
 * Accept-Language is German, else English as raised. Only the human texts change (title, detail,
 * violation messages); type, status and field names stay, so clients can rely on them.
 */
@Provider
@Priority(Priorities.HEADER_DECORATOR)
public class ProblemLanguage implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Problem problem) {
            String language = of(request.getAcceptableLanguages().stream());
            response.setEntity(in(problem, language), response.getEntityAnnotations(), Problem.JSON);
            response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, language);
        }
    }

    /** The problem with its texts in the language ("de" or "en"). */
    public static Problem in(Problem problem, String language) {
        if (!"de".equals(language)) {
            return problem;
        }
        var texts = ProblemTexts.GERMAN;
        var violations = problem.violations() == null ? null
                : problem.violations().stream().map(v -> new Violation(v.field(), texts.translate(v.message()))).toList();
        return new Problem(problem.type(), texts.translate(problem.title()), problem.status(), texts.translate(problem.detail()),
                violations);
    }

    /** German or English, whichever comes first in the caller's languages; English when neither does. */
    public static String of(Stream<Locale> accepted) {
        return accepted.map(Locale::getLanguage).filter(l -> l.equals("de") || l.equals("en")).findFirst().orElse("en");
    }

    static String of(Enumeration<Locale> accepted) {
        return of(Collections.list(accepted).stream());
    }
}
