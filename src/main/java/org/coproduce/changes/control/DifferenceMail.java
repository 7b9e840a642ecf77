package org.coproduce.changes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import org.coproduce.background.control.Outbox;
import org.coproduce.background.control.TaskHandler;
import org.coproduce.changes.entity.Change;
import org.coproduce.routing.control.Mailer;
import org.coproduce.platform.Settings;
import org.coproduce.stories.control.FollowLinks;
import org.coproduce.stories.control.MeTooContacts;
import org.coproduce.stories.control.Stories;

/**
 * E-mails "did it make a difference?" (outbox task {@value #KIND}, subject a change) to the
 * storytellers of its linked stories who left an e-mail address, once the delay after the change
 * was made has passed, each with a fresh follow link; and to those who experienced a linked story
 * too and left an address, each with a link to answer that question only. Marks each linked story e-mailed, so running
 * again sends only to those not yet asked (a crash between sending and committing can send twice).
 */
@ApplicationScoped
public class DifferenceMail implements TaskHandler {

    public static final String KIND = "email-difference";
    private static final Logger LOG = Logger.getLogger(DifferenceMail.class.getName());

    @Inject
    ChangeRegister register;

    @Inject
    Stories stories;

    @Inject
    FollowLinks links;

    @Inject
    MeTooContacts meToo;

    @Inject
    OthersAsked others;

    @Inject
    Mailer mailer;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** Queues the question for when it is due; runs in the caller's transaction. */
    public void askWhenDue(Change change) {
        if (!Change.MADE.equals(change.status())) {
            return;
        }
        var now = clock.instant();
        change.stories().stream().filter(s -> s.askFrom() != null).map(s -> s.askFrom()).min(java.util.Comparator.naturalOrder())
                .ifPresent(from -> outbox.enqueue(KIND, change.id(), from.isAfter(now) ? Duration.between(now, from) : Duration.ZERO));
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void handle(long changeId) {
        var change = register.find(changeId).filter(c -> Change.MADE.equals(c.status())).orElse(null);
        if (change == null) {
            return;
        }
        if (!mailer.configured()) {
            LOG.fine("SMTP_HOST not set: difference questions not e-mailed");
            return;
        }
        var now = clock.instant();
        for (var linked : change.stories()) {
            var story = linked.askable(now) ? stories.published(linked.storyId()).orElse(null) : null;
            if (story == null) {
                continue;
            }
            if (linked.toEmail(now)) {
                if (story.email() != null) {
                    send(story.email(), change, "Did it make a difference? Yes, partly, no, or too early to say: answer on your"
                            + " follow page.\n" + links.mint(story.id()) + "\n\nThe link is yours alone: anyone who has it can"
                            + " follow your story.\n", "You told your story on Coproduce.");
                }
                linked.emailed(now);
            }
            for (var contact : meToo.of(story.id())) {
                others.ask(change.id(), contact.id()).ifPresent(token -> send(contact.email(), change,
                        "Did it make a difference for you? Yes, partly, no, or too early to say:\n" + Settings.baseUrl() + "/difference.html#"
                                + token + "\n", "You said you had experienced a story on Coproduce too."));
            }
        }
    }

    private void send(String to, Change change, String question, String why) {
        String text = why + " The organisation that answered it has since made a change:\n\n" + change.description()
                + "\n\n" + question;
        mailer.send(to, "Did it make a difference?", text);
    }
}
