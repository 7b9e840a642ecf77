package org.coproduce.problems;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;

/** A body of a {@link CheckedAfterAccess} method that cannot be read: kept for {@link Inputs#valid}, the method gets null. */
@Provider
@CheckedAfterAccess
public class HeldBackBody implements ReaderInterceptor {

    @Inject
    Inputs inputs;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        try {
            return context.proceed();
        } catch (RuntimeException unreadable) {
            inputs.holdBack(unreadable);
            return null;
        } catch (IOException unreadable) {
            inputs.holdBack(new BadRequestException(unreadable));
            return null;
        }
    }
}
