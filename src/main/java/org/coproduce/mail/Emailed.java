package org.coproduce.mail;

import java.time.Instant;

/**
 * A subject that is e-mailed about once: it keeps when it was, so that a task running again after
 * a commit does not send it twice (a crash between sending and committing can: at least once).
 */
public interface Emailed {

    Instant emailedAt();

    void emailed(Instant now);
}
