package org.coproduce.stories.boundary;

/** "Received": the story's id and the private token of its follow link (shown once, never again). */
public record StoryAcknowledgement(long id, String followToken, String followUrl) {
}
