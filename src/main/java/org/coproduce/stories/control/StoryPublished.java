package org.coproduce.stories.control;

/** A moderator published a story; observed in the publishing transaction. */
public record StoryPublished(long storyId) {
}
