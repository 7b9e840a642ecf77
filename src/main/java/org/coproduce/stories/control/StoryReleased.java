package org.coproduce.stories.control;

/**
 * A held story became public: {@code how} is PERIOD_OVER (the release job, accountId null),
 * ACKNOWLEDGED (a responder, accountId theirs) or MODERATOR; observed in the releasing transaction.
 */
public record StoryReleased(long storyId, Long accountId, String how) {
}
