package org.coproduce.problems;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Everything no other mapper claims. A database that cannot be reached is 503 with Retry-After
 * (the pool gives up after 5 s); a deadlock, or a commit that failed (on a Galera cluster, a
 * certification conflict), is 503 "busy"; a lost optimistic lock is 409; the rest is 500 with an incident
 * id, logged here without request data and with e-mail addresses masked.
 */
@Provider
public class UnexpectedErrors implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrors.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        if (Causes.optimisticLock(e)) {
            return Problem.of(409, "conflict", "Conflict",
                    "Someone else changed this at the same time. Reload and try again.").response().build();
        }
        if (JsonErrors.causedByJson(e)) {
            return JsonErrors.problem(e).response().build();
        }
        if (Causes.transientConflict(e) || Causes.commitFailed(e)) {
            return Problem.of(503, "busy", "Service Unavailable",
                    "Another change to the same data got in the way. Try again.").response().header("Retry-After", "1").build();
        }
        if (Causes.databaseUnavailable(e)) {
            LOG.warning(() -> "Database unavailable: " + Causes.root(e).getClass().getSimpleName());
            return Problem.of(503, "service-unavailable", "Service Unavailable",
                    "The database is not reachable right now. Try again shortly.")
                    .response().header("Retry-After", "5").build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.severe(() -> "Incident " + incident + ": " + Masking.trace(e));
        return Problem.of(500, "internal-error", "Internal Server Error",
                "Something went wrong on our side. Incident " + incident + ".").response().build();
    }
}
