package org.coproduce.stories.control;

/** A storyteller withdrew their story: erase every copy of its personal data now. */
public record StoryWithdrawn(long storyId) {
}
