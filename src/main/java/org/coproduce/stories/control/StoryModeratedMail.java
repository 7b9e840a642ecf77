package org.coproduce.stories.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.coproduce.mail.Mail;
import org.coproduce.mail.MailTask;
import org.coproduce.mail.Templates;
import org.coproduce.stories.entity.Story;
import org.coproduce.stories.entity.StoryStatus;

/**
 * Tells a storyteller who left an e-mail address that the moderators hid, unpublished or edited
 * their published story after a report (outbox task {@value #KIND}): the statement of reasons,
 * and a fresh follow link on which to contest it. In the language the story was told in; the
 * state at sending time decides what it says.
 */
@ApplicationScoped
public class StoryModeratedMail extends MailTask<Story> {

    public static final String KIND = "email-story-moderated";

    @Inject
    Stories stories;

    @Inject
    FollowLinks links;

    @Inject
    Unsubscribes unsubscribes;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    protected Optional<Story> load(long storyId) {
        return stories.find(storyId).filter(s -> s.email() != null && s.moderationReason() != null);
    }

    @Override
    protected List<Mail> compose(Story story, Instant now) {
        var locale = "de".equalsIgnoreCase(story.storytellerLanguage()) ? Locale.GERMAN : Locale.ENGLISH;
        String what = Templates.text(locale, "moderated." + decision(story.status()));
        return List.of(Mail.toPublic(story.email(), locale, Templates.text(locale, "moderated.subject", what),
                Templates.text(locale, "moderated.text", what, story.moderationReason(), links.mint(story.id())),
                unsubscribes.storyteller(story.id())));
    }

    private static String decision(StoryStatus status) {
        return switch (status) {
            case HIDDEN -> "hidden";
            case UNPUBLISHED -> "unpublished";
            default -> "edited";
        };
    }
}
