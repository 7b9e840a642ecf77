package org.coproduce.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MailTaskTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    /** A subject e-mailed once, like an alert. */
    static final class Note implements Emailed {
        Instant emailedAt;

        @Override
        public Instant emailedAt() {
            return emailedAt;
        }

        @Override
        public void emailed(Instant now) {
            emailedAt = now;
        }
    }

    static final class Outgoing extends Mailer {
        final List<Mail> sent = new ArrayList<>();
        boolean configured = true;

        @Override
        public boolean configured() {
            return configured;
        }

        @Override
        public void send(Mail mail) {
            sent.add(mail);
        }
    }

    static final class NoteMail extends MailTask<Note> {
        Note note;

        @Override
        public String kind() {
            return "email-note";
        }

        @Override
        protected Optional<Note> load(long id) {
            return unsent(note);
        }

        @Override
        protected List<Mail> compose(Note note, Instant now) {
            return List.of(new Mail("a@example.org", "Subject", "Text"), new Mail("b@example.org", "Subject", "Text"));
        }
    }

    private final Outgoing mailer = new Outgoing();
    private final NoteMail task = new NoteMail();

    @BeforeEach
    void setUp() {
        task.mailer = mailer;
        task.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        task.note = new Note();
    }

    @Test
    void sendsEveryMessageAndMarksTheSubject() {
        task.handle(1);
        assertEquals(List.of("a@example.org", "b@example.org"), mailer.sent.stream().map(Mail::to).toList());
        assertEquals(NOW, task.note.emailedAt);
    }

    @Test
    void doesNotSendTwice() {
        task.handle(1);
        task.handle(1);
        assertEquals(2, mailer.sent.size());
    }

    @Test
    void withoutSmtpSendsNothingAndLeavesTheSubjectUnsent() {
        mailer.configured = false;
        task.handle(1);
        assertEquals(List.of(), mailer.sent);
        assertNull(task.note.emailedAt);
    }

    @Test
    void aSubjectThatIsGoneIsNotWrittenAbout() {
        task.note = null;
        task.handle(1);
        assertEquals(List.of(), mailer.sent);
    }
}
