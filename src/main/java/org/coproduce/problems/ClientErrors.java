package org.coproduce.problems;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * Maps every JAX-RS exception (ours and the runtime's: unknown path, wrong method, wrong media
 * type) to a problem. Only our own exceptions' messages are shown: the runtime's may name
 * classes.
 */
@Provider
public class ClientErrors implements ExceptionMapper<WebApplicationException> {

    private static final Set<String> COPIED_HEADERS = Set.of(HttpHeaders.ALLOW, HttpHeaders.RETRY_AFTER,
            HttpHeaders.WWW_AUTHENTICATE);

    @Override
    public Response toResponse(WebApplicationException e) {
        if (e instanceof InvalidInput invalid) {
            return Problem.invalid(invalid.violations()).response().build();
        }
        if (JsonErrors.causedByJson(e)) {
            return JsonErrors.problem(e).response().build();
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        var builder = problemFor(e, status).response();
        original.getStringHeaders().forEach((name, values) -> {
            if (COPIED_HEADERS.stream().anyMatch(name::equalsIgnoreCase)) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.build();
    }

    private static Problem problemFor(WebApplicationException e, int status) {
        boolean ours = e.getClass().getName().startsWith("org.coproduce");
        return Problem.forStatus(status, ours ? e.getMessage() : StatusTexts.detail(status));
    }
}
