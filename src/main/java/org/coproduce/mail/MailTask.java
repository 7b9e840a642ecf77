package org.coproduce.mail;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.coproduce.background.control.TaskHandler;

/**
 * An outbox task that e-mails about one subject: load it (nothing if it is gone or already sent),
 * check that mail is configured, compose, send, mark. A subclass keeps only its query and its
 * rule: {@link #load}, {@link #compose} and, when not {@link Emailed}, {@link #mark}. Runs in the
 * task's transaction: a failed send rolls the marks back and the task runs again.
 */
public abstract class MailTask<S> implements TaskHandler {

    private static final Logger LOG = Logger.getLogger(MailTask.class.getName());

    @Inject
    Mailer mailer;

    @Inject
    Clock clock;

    /** The subject, if it still is to be written about. */
    protected abstract Optional<S> load(long subjectId);

    /** The messages about it (may be none). */
    protected abstract List<Mail> compose(S subject, Instant now);

    /** Records that it was sent; by default an {@link Emailed} subject's time, otherwise nothing (at least once). */
    protected void mark(S subject, Instant now) {
        if (subject instanceof Emailed emailed) {
            emailed.emailed(now);
        }
    }

    /** The "already sent" guard: the subject if it exists and has not been e-mailed yet. */
    protected static <T extends Emailed> Optional<T> unsent(T subjectOrNull) {
        return Optional.ofNullable(subjectOrNull).filter(s -> s.emailedAt() == null);
    }

    @Override
    public void handle(long subjectId) {
        var subject = load(subjectId).orElse(null);
        if (subject == null) {
            return;
        }
        if (!mailer.configured()) {
            LOG.fine(() -> "SMTP_HOST not set: " + kind() + " " + subjectId + " not e-mailed");
            return;
        }
        var now = clock.instant();
        compose(subject, now).forEach(mailer::send);
        mark(subject, now);
    }
}
