package org.coproduce.operations.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import org.coproduce.operations.control.OperationalMetrics;

/** Times every API request by endpoint (resource class and method: few, fixed names) and counts answers by status class. */
@Provider
public class RequestTimes implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String STARTED = RequestTimes.class.getName();

    @Context
    ResourceInfo resource;

    @Inject
    OperationalMetrics metrics;

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(STARTED) instanceof Long started) {
            metrics.request(endpoint(), response.getStatus(), Duration.ofNanos(System.nanoTime() - started));
        }
    }

    private String endpoint() {
        var method = resource == null ? null : resource.getResourceMethod();
        return method == null ? "unmatched" : resource.getResourceClass().getSimpleName() + "." + method.getName();
    }
}
