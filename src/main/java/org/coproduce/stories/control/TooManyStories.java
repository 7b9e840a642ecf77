package org.coproduce.stories.control;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;

/** Over the hourly limit of stories from one client: 429 with Retry-After. */
public class TooManyStories extends ClientErrorException {

    public TooManyStories(long retryAfterSeconds) {
        super("Too many stories from your connection in the last hour. Please try again later.",
                Response.status(429).header("Retry-After", String.valueOf(retryAfterSeconds)).build());
    }
}
