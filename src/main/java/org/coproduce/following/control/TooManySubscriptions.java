package org.coproduce.following.control;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;

/** Over the hourly limit of subscriptions from one client: 429 with Retry-After. */
public class TooManySubscriptions extends ClientErrorException {

    public TooManySubscriptions(long retryAfterSeconds) {
        super("Too many subscriptions from your connection in the last hour. Please try again later.",
                Response.status(429).header("Retry-After", String.valueOf(retryAfterSeconds)).build());
    }
}
