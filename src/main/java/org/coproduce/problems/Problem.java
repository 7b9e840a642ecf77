package org.coproduce.problems;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

public record Problem(String type, String title, int status, String detail, List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType JSON = MediaType.valueOf(MEDIA_TYPE);

    public Problem {
        violations = violations == null || violations.isEmpty() ? null : List.copyOf(violations);
    }

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem("/problems/" + slug, title, status, detail, null);
    }

    /** A problem for a plain HTTP status, titled with its reason phrase. */
    public static Problem forStatus(int status, String detail) {
        var known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : status == 422 ? "Unprocessable Content" : "Error";
        return of(status, title.toLowerCase().replaceAll("[^a-z]+", "-"), title, detail);
    }

    public static Problem invalid(List<Violation> violations) {
        return new Problem("/problems/invalid-input", "Invalid input", 400,
                "Some fields are missing or not valid: see violations.", violations);
    }

    public Response.ResponseBuilder response() {
        return Response.status(status).type(JSON).entity(this);
    }
}
