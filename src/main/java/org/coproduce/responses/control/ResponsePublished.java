package org.coproduce.responses.control;

/** An organisation's response to this story went public; observed in the publishing transaction. */
public record ResponsePublished(long storyId, long responseId) {
}
