package org.coproduce.participation.control;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;

/** Over the hourly limit of proposals, comments or supports from one client: 429 with Retry-After. */
public class TooManyContributions extends ClientErrorException {

    public TooManyContributions(long retryAfterSeconds) {
        super("Too many contributions from your connection in the last hour. Please try again later.",
                Response.status(429).header("Retry-After", String.valueOf(retryAfterSeconds)).build());
    }
}
