package org.coproduce.accounts.control;

import jakarta.ws.rs.ServiceUnavailableException;

/** Every permit to check a password is taken for longer than a login may wait: 503 with Retry-After. */
public class HashingBusy extends ServiceUnavailableException {

    public HashingBusy(long retryAfterSeconds) {
        super("Too many logins are being checked right now: try again after Retry-After.", retryAfterSeconds);
    }
}
