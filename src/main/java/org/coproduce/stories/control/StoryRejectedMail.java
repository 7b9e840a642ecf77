package org.coproduce.stories.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import org.coproduce.platform.Settings;
import org.coproduce.stories.entity.Story;
import org.coproduce.stories.entity.StoryStatus;

/** "Your story was not published", with the moderator's reason and how to tell it again (outbox task {@value #KIND}). */
@ApplicationScoped
public class StoryRejectedMail extends StoryStatusMail {

    public static final String KIND = "email-story-rejected";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    StoryStatus status() {
        return StoryStatus.REJECTED;
    }

    @Override
    String prefix() {
        return "rejected";
    }

    @Override
    List<Object> details(Story story, Locale language) {
        return List.of(String.valueOf(story.rejectionReason()), Settings.baseUrl() + "/tell.html");
    }
}
