package org.coproduce.responses.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.coproduce.background.control.Outbox;
import org.coproduce.background.control.TaskHandler;
import org.coproduce.routing.control.Mailer;
import org.coproduce.stories.control.FollowLinks;
import org.coproduce.stories.control.Stories;

/**
 * Tells a storyteller who left an e-mail address that an organisation answered their story
 * (outbox task {@value #KIND}, queued in the publishing transaction), with a fresh follow link.
 * The address is the only reason it is asked for; nothing of the story but its published title is
 * in the e-mail. At least once: a crash between sending and committing sends it again.
 */
@ApplicationScoped
public class ResponseMail implements TaskHandler {

    public static final String KIND = "email-storyteller-response";
    private static final Logger LOG = Logger.getLogger(ResponseMail.class.getName());

    @Inject
    Outbox outbox;

    @Inject
    Stories stories;

    @Inject
    FollowLinks links;

    @Inject
    Mailer mailer;

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
    public void handle(long storyId) {
        var story = stories.published(storyId).filter(s -> s.email() != null).orElse(null);
        if (story == null) {
            return;
        }
        if (!mailer.configured()) {
            LOG.fine("SMTP_HOST not set: storyteller not told of the response");
            return;
        }
        String text = "The organisation responsible has answered your story \"" + story.publishedTitle() + "\" on Coproduce."
                + "\n\nRead the response, and reply if you wish, on your follow page:\n" + links.mint(storyId)
                + "\n\nThe link is yours alone: anyone who has it can follow your story.\n";
        mailer.send(story.email(), "A response to your story: " + story.publishedTitle(), text);
    }
}
