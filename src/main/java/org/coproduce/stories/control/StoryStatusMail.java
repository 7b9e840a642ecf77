package org.coproduce.stories.control;

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
 * An e-mail to the storyteller about what became of their story, in the language they told it in,
 * with a fresh follow link and the unsubscribe link; sent only while the story is still in the
 * state it tells of (a story released before its "held" mail went out gets only the "published" one).
 */
abstract class StoryStatusMail extends MailTask<Story> {

    @Inject
    Stories stories;

    @Inject
    FollowLinks links;

    @Inject
    Unsubscribes unsubscribes;

    /** The state the mail tells of; its keys are {@code <prefix>.subject} and {@code <prefix>.text}. */
    abstract StoryStatus status();

    abstract String prefix();

    /** The text's arguments after {0} (the title) and before the follow link, last. */
    abstract List<Object> details(Story story, Locale language);

    @Override
    protected Optional<Story> load(long storyId) {
        return stories.find(storyId).filter(s -> s.email() != null && s.status() == status());
    }

    @Override
    protected List<Mail> compose(Story story, Instant now) {
        Locale language = Templates.locale(story.storytellerLanguage());
        String title = story.publishedTitle() != null ? story.publishedTitle() : story.text().title();
        var arguments = new java.util.ArrayList<Object>(List.of(title));
        arguments.addAll(details(story, language));
        arguments.add(links.mint(story.id()));
        return List.of(Mail.toPublic(story.email(), language, Templates.text(language, prefix() + ".subject", title),
                Templates.text(language, prefix() + ".text", arguments.toArray()), unsubscribes.storyteller(story.id())));
    }
}
