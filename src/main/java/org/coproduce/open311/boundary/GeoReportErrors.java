package org.coproduce.open311.boundary;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coproduce.problems.Problem;

/**
 * On the Open311 paths the specification's error format wins over problem+json: every problem raised there
 * (ours, and the runtime's: an unknown path, a wrong method) becomes its {@code errors} array, one
 * {@code {code, description}} per violation (the description naming the Open311 field) or one for the problem, in
 * the format of the path's suffix, with the problem's status (404 not found, 403 no valid api_key, 400 any other
 * refusal; 429 and 503 keep theirs). Runs after {@code problems.ProblemLanguage} (a lower priority runs later on
 * the way out), so the texts are already in the caller's language.
 */
@Provider
@Priority(Priorities.HEADER_DECORATOR - 100)
public class GeoReportErrors implements ContainerResponseFilter {

    static final String PATH = "open311/";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath().replaceFirst("^/", "");
        if (response.getEntity() instanceof Problem problem && path.startsWith(PATH)) {
            var format = Format.of(path);
            response.setEntity(format.write("errors", "error", errors(problem)), response.getEntityAnnotations(), format.type());
        }
    }

    static List<Map<String, Object>> errors(Problem problem) {
        if (problem.violations() == null) {
            return List.of(error(problem.status(), problem.detail() != null ? problem.detail() : problem.title()));
        }
        return problem.violations().stream().map(v -> error(problem.status(), v.field() + ": " + v.message())).toList();
    }

    private static Map<String, Object> error(int code, String description) {
        var error = new LinkedHashMap<String, Object>();
        error.put("code", code);
        error.put("description", description);
        return error;
    }
}
