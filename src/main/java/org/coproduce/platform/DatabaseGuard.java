package org.coproduce.platform;

import jakarta.inject.Inject;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/** Answers 503 while the schema is not in place (the database was down at start). */
@Provider
@PreMatching
public class DatabaseGuard implements ContainerRequestFilter {

    @Inject
    Schema schema;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!schema.migrated()) {
            throw new ServiceUnavailableException(5L);
        }
    }
}
