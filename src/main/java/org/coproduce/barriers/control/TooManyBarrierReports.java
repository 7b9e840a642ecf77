package org.coproduce.barriers.control;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;

/** Over the hourly limit of barrier reports or "met this too" from one client: 429 with Retry-After. */
public class TooManyBarrierReports extends ClientErrorException {

    public TooManyBarrierReports(long retryAfterSeconds) {
        super("Too many barrier reports from your connection in the last hour. Please try again later.",
                Response.status(429).header("Retry-After", String.valueOf(retryAfterSeconds)).build());
    }
}
