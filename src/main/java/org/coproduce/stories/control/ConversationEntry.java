package org.coproduce.stories.control;

import java.time.Instant;

/**
 * One reply under a story: a provider's response (perhaps recording a change) or the storyteller's;
 * {@code language}: the language it was written in ("en" or "de"), absent when not known; {@code editedAt}: when
 * its author last changed the public text (pages show "edited"), absent when never.
 */
public record ConversationEntry(long id, long storyId, String kind, String authorName, String authorTitle, String organisationName,
        String text, Change change, String status, Instant publishedAt, int helpful, String language, Instant editedAt) {

    public record Change(String kind, String description) {
    }
}
