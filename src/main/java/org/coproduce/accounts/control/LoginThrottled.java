package org.coproduce.accounts.control;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;

/** Too many failed logins from this client or for this account: 429 with Retry-After. */
public class LoginThrottled extends ClientErrorException {

    public LoginThrottled(long retryAfterSeconds) {
        super("Too many failed logins from your connection or for this account: try again after Retry-After.",
                Response.status(429).header("Retry-After", String.valueOf(retryAfterSeconds)).build());
    }
}
