package org.coproduce.stories.control;

import jakarta.ws.rs.ClientErrorException;

/** The same Idempotency-Key came with a different story: 422. */
public class IdempotencyKeyReused extends ClientErrorException {

    public IdempotencyKeyReused() {
        super("This Idempotency-Key was used for a different story. Use a new key for a new story.", 422);
    }
}
