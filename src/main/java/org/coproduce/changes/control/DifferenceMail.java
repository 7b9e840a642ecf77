package org.coproduce.changes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.coproduce.background.control.Outbox;
import org.coproduce.changes.entity.Change;
import org.coproduce.changes.entity.LinkedStory;
import org.coproduce.mail.Mail;
import org.coproduce.mail.MailTask;
import org.coproduce.mail.Templates;
import org.coproduce.mail.Unsubscribe;
import org.coproduce.platform.Settings;
import org.coproduce.stories.control.FollowLinks;
import org.coproduce.stories.control.MeTooContacts;
import org.coproduce.stories.control.Stories;
import org.coproduce.stories.control.Unsubscribes;
import org.coproduce.stories.entity.Story;

/**
 * E-mails "did it make a difference?" (outbox task {@value #KIND}, subject a change) to the
 * storytellers of its linked stories who left an e-mail address, once the delay after the change
 * was made has passed, each with a fresh follow link; and to those who experienced a linked story
 * too and left an address, each with a link to answer that question only. Marks each linked story e-mailed, so running
 * again sends only to those not yet asked (a crash between sending and committing can send twice).
 */
@ApplicationScoped
public class DifferenceMail extends MailTask<DifferenceMail.Due> {

    public static final String KIND = "email-difference";

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
    Unsubscribes unsubscribes;

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

    /** A change made, with its linked stories that are due to be asked about and still published. */
    record Due(Change change, List<Asked> stories) {
    }

    record Asked(LinkedStory linked, Story story) {
    }

    @Override
    protected Optional<Due> load(long changeId) {
        var now = clock.instant();
        return register.find(changeId).filter(c -> Change.MADE.equals(c.status())).map(change -> new Due(change, change.stories()
                .stream().filter(linked -> linked.askable(now)).flatMap(linked -> stories.published(linked.storyId())
                        .map(story -> new Asked(linked, story)).stream()).toList()));
    }

    /** The storyteller once (if they left an address), and everyone who experienced it too and was not asked yet. */
    @Override
    protected List<Mail> compose(Due due, Instant now) {
        var change = due.change();
        var mails = new ArrayList<Mail>();
        for (var asked : due.stories()) {
            var story = asked.story();
            if (asked.linked().toEmail(now) && story.email() != null) {
                mails.add(mail(story.email(), story.storytellerLanguage(), unsubscribes.storyteller(story.id()),
                        "difference.storyteller.text", change.description(), links.mint(story.id())));
            }
            for (var contact : meToo.of(story.id())) {
                others.ask(change.id(), contact.id()).ifPresent(token -> mails.add(mail(contact.email(), contact.language(),
                        unsubscribes.meToo(contact.id()), "difference.other.text", change.description(), Settings.baseUrl(), token)));
            }
        }
        return mails;
    }

    @Override
    protected void mark(Due due, Instant now) {
        due.stories().stream().map(Asked::linked).filter(linked -> linked.toEmail(now)).forEach(linked -> linked.emailed(now));
    }

    /** In the language the storyteller told the story in, or the reader left their address in. */
    private static Mail mail(String to, String language, Unsubscribe unsubscribe, String text, Object... arguments) {
        Locale locale = Templates.locale(language);
        return Mail.toPublic(to, locale, Templates.text(locale, "difference.subject"), Templates.text(locale, text, arguments), unsubscribe);
    }
}
