package org.coproduce.moderation.control;

/**
 * A reader reported a published story (responseId null) or one of its responses: the reason's code
 * only, never the reader or their words. Fired in the report's transaction.
 */
public record ReportReceived(long storyId, Long responseId, String reason) {
}
