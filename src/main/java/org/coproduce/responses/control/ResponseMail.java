package org.coproduce.responses.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.coproduce.background.control.Outbox;
import org.coproduce.mail.Mail;
import org.coproduce.mail.MailTask;
import org.coproduce.mail.Templates;
import org.coproduce.stories.control.FollowLinks;
import org.coproduce.stories.control.Stories;
import org.coproduce.stories.control.Unsubscribes;
import org.coproduce.stories.entity.Story;

/**
 * Tells a storyteller who left an e-mail address that an organisation answered their story
 * (outbox task {@value #KIND}, queued in the publishing transaction), with a fresh follow link.
 * The address is the only reason it is asked for; nothing of the story but its published title is
 * in the e-mail, written in the language the story was told in. At least once: a crash between sending and committing sends it again.
 */
@ApplicationScoped
public class ResponseMail extends MailTask<Story> {

    public static final String KIND = "email-storyteller-response";

    @Inject
    Outbox outbox;

    @Inject
    Stories stories;

    @Inject
    FollowLinks links;

    @Inject
    Unsubscribes unsubscribes;

    void queue(@Observes ResponsePublished published) {
        if (stories.find(published.storyId()).map(s -> s.email() != null).orElse(false)) {
            outbox.enqueue(KIND, published.storyId());
        }
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    protected Optional<Story> load(long storyId) {
        return stories.published(storyId).filter(s -> s.email() != null);
    }

    @Override
    protected List<Mail> compose(Story story, Instant now) {
        Locale language = Templates.locale(story.storytellerLanguage());
        return List.of(Mail.toPublic(story.email(), language, Templates.text(language, "response.subject", story.publishedTitle()),
                Templates.text(language, "response.text", story.publishedTitle(), links.mint(story.id())),
                unsubscribes.storyteller(story.id())));
    }
}
