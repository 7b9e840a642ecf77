package org.coproduce.accounts.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.logging.Logger;
import org.coproduce.accounts.control.SecurityLog;
import org.coproduce.accounts.entity.SecurityEvent;
import org.coproduce.problems.Masking;

/**
 * Puts every 401 and 403 answer of the API into the security log, wherever it was raised (by
 * {@link AccessControl} or by a resource's own rule), with the method and the endpoint's path
 * template ({@code PUT accounts/{id}}), never the path itself: a path may carry a secret link.
 * The login endpoint logs its own outcomes (LOGIN_FAILED, LOGIN_THROTTLED); "who am I" without a
 * session is no event.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class RefusalLog implements ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(RefusalLog.class.getName());

    @Context
    ResourceInfo resource;

    @Inject
    SecurityLog log;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status != 401 && status != 403 || request.getUriInfo().getPath().equals("session")) {
            return;
        }
        try {
            log.byCaller(status == 401 ? SecurityEvent.Kind.UNAUTHORIZED : SecurityEvent.Kind.FORBIDDEN, null,
                    request.getMethod() + " " + template());
        } catch (RuntimeException e) {
            // The refusal stands whatever happens to its log line (database down: the answer is still 401/403).
            LOG.warning(() -> "Security event not recorded: " + Masking.describe(e));
        }
    }

    private String template() {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return "(no endpoint)";
        }
        Path onClass = resource.getResourceClass().getAnnotation(Path.class);
        Path onMethod = method.getAnnotation(Path.class);
        return (onClass == null ? "" : onClass.value()) + (onMethod == null ? "" : "/" + onMethod.value());
    }
}
