package org.coproduce.platform;

import org.eclipse.persistence.sessions.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a read after a communication failure three times, 5 s apart, and has no
 * persistence property for it. The pool already validates connections and recovers by itself;
 * a caller must hear 503 within 5 s while the database is down.
 */
public class NoQueryRetry implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
            login.setDelayBetweenConnectionAttempts(0);
        }
    }
}
