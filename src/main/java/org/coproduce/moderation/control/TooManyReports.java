package org.coproduce.moderation.control;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;

/** Over the hourly limit of reports from one client: 429 with Retry-After. */
public class TooManyReports extends ClientErrorException {

    public TooManyReports(long retryAfterSeconds) {
        super("Too many reports from your connection in the last hour. Please try again later.",
                Response.status(429).header("Retry-After", String.valueOf(retryAfterSeconds)).build());
    }
}
