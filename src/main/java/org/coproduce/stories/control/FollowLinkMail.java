package org.coproduce.stories.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.coproduce.background.control.NotReadyYet;
import org.coproduce.mail.Mail;
import org.coproduce.mail.MailTask;
import org.coproduce.mail.Templates;
import org.coproduce.stories.entity.Story;
import org.coproduce.stories.entity.StoryStatus;

/**
 * Sends a storyteller who gave an e-mail address their follow link (outbox task {@value #KIND},
 * queued with the story), so that closing the page does not lose it. The link shown on the page
 * is kept only as a hash: the e-mail carries a fresh one. Nothing the storyteller wrote is in it
 * (an address typed by someone else gets no text of theirs), only the day it was sent. In the
 * language the story was told in (else the one the analysis found). At least once: a crash between sending and committing sends it again.
 */
@ApplicationScoped
public class FollowLinkMail extends MailTask<Story> {

    public static final String KIND = "email-follow-link";
    static final Duration LANGUAGE_WAIT = Duration.ofMinutes(2);

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

    @Inject
    Clock clock;

    /**
     * The story, to be written about in its language: when the client did not say it, until the analysis has found it (usually
     * within seconds), the task waits, for at most {@link #LANGUAGE_WAIT}; then it writes in English.
     */
    @Override
    protected Optional<Story> load(long storyId) {
        var story = stories.find(storyId).filter(s -> s.email() != null && s.status() != StoryStatus.WITHDRAWN);
        if (story.isPresent() && story.get().toldIn() == null && story.get().language() == null
                && story.get().submittedAt().isAfter(clock.instant().minus(LANGUAGE_WAIT))) {
            throw new NotReadyYet("the language of story " + storyId + " is not known yet");
        }
        return story;
    }

    @Override
    protected List<Mail> compose(Story story, Instant now) {
        boolean german = "de".equalsIgnoreCase(story.storytellerLanguage());
        var locale = german ? Locale.GERMAN : Locale.ENGLISH;
        String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(german ? Locale.GERMANY : Locale.UK)
                .withZone(ZoneOffset.UTC)
                .format(story.submittedAt());
        return List.of(Mail.toPublic(story.email(), locale, Templates.text(locale, "follow.subject"),
                Templates.text(locale, "follow.text", day, links.mint(story.id())), unsubscribes.storyteller(story.id())));
    }
}
