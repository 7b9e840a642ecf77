package org.coproduce.stories.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import org.coproduce.platform.Settings;
import org.coproduce.stories.entity.Story;
import org.coproduce.stories.entity.StoryStatus;

/** "Your story is published", with the link to its public page (outbox task {@value #KIND}). */
@ApplicationScoped
public class StoryPublishedMail extends StoryStatusMail {

    public static final String KIND = "email-story-published";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    StoryStatus status() {
        return StoryStatus.PUBLISHED;
    }

    @Override
    String prefix() {
        return "published";
    }

    @Override
    List<Object> details(Story story, Locale language) {
        return List.of(Settings.baseUrl() + "/story.html?id=" + story.id());
    }
}
