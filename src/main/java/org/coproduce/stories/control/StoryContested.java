package org.coproduce.stories.control;

/** The storyteller contests the moderators' decision (hidden, unpublished, edited) in their own words; observed in the same transaction. */
public record StoryContested(long storyId, String text) {
}
