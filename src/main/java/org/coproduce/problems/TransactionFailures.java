package org.coproduce.problems;

import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A transaction that fails as it commits (a deadlock victim, a lost optimistic lock flushed at
 * the end) reaches JAX-RS as a {@link TransactionalException}, which Jersey's own mapper for it
 * turns into a bare 500 with a logged stack trace. It gets the same answer as any other failure.
 */
@Provider
@Priority(1)
public class TransactionFailures implements ExceptionMapper<TransactionalException> {

    private final UnexpectedErrors unexpected = new UnexpectedErrors();

    @Override
    public Response toResponse(TransactionalException e) {
        return unexpected.toResponse(e);
    }
}
