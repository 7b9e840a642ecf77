package org.coproduce.changes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.coproduce.changes.entity.Change;
import org.coproduce.stories.control.Stories;
import org.coproduce.stories.entity.Progress;

/**
 * The register drives what the public sees of a story: a story linked to a planned change shows
 * "change planned", to a made one "change made". Progress only moves forward, so dropping or
 * unlinking a change leaves it where it got to.
 */
@ApplicationScoped
public class StoryProgress {

    @Inject
    Stories stories;

    /** Moves every story the change links on to what the change reached. */
    public void follow(Change change) {
        reached(change.status()).ifPresent(progress -> change.stories()
                .forEach(linked -> stories.find(linked.storyId()).ifPresent(story -> story.advance(progress))));
    }

    static Optional<Progress> reached(String status) {
        return switch (status) {
            case Change.PLANNED -> Optional.of(Progress.CHANGE_PLANNED);
            case Change.MADE -> Optional.of(Progress.CHANGE_MADE);
            default -> Optional.empty();
        };
    }
}
