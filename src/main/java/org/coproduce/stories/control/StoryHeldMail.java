package org.coproduce.stories.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.coproduce.mail.Templates;
import org.coproduce.stories.entity.Story;
import org.coproduce.stories.entity.StoryStatus;

/** "Your story is shown to the organisation first", and until when (outbox task {@value #KIND}). */
@ApplicationScoped
public class StoryHeldMail extends StoryStatusMail {

    public static final String KIND = "email-story-held";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    StoryStatus status() {
        return StoryStatus.HELD;
    }

    @Override
    String prefix() {
        return "held";
    }

    @Override
    List<Object> details(Story story, Locale language) {
        if (story.heldUntil() == null) {
            return List.of(Templates.text(language, "held.untilAcknowledged"));
        }
        String until = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(language).withZone(ZoneOffset.UTC)
                .format(story.heldUntil()) + " UTC";
        return List.of(Templates.text(language, "held.until", until));
    }
}
