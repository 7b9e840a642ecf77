package org.coproduce.stories.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.coproduce.background.control.Outbox;
import org.coproduce.platform.Digests;
import org.coproduce.platform.Secrets;
import org.coproduce.platform.Settings;
import org.coproduce.stories.entity.Story;
import org.coproduce.stories.entity.StoryContext;
import org.coproduce.stories.entity.StoryText;

/**
 * Takes a story in. It is stored, with its analysis queued in the outbox, in one transaction
 * before the storyteller hears "received". A retried request with the same Idempotency-Key gets
 * the same story (and the same follow link); the same key with another body is refused. A
 * storyteller who gave an e-mail address is sent the follow link too ({@link FollowLinkMail}).
 *
 * <p>A keyed story's link is a keyed hash of its key and body under the server key "follow",
 * which is not in the database: a dump holds the inputs but not the key. Only the link's hash is
 * stored, so opening a link never needs the key; a retry after the secret was rotated gets the
 * link made under the previous secret, or, once that is gone too, a fresh one.
 */
@ApplicationScoped
public class Storytelling {

    public static final String ANALYSE = "analyse-story";
    static final int HOURLY_LIMIT = Settings.number("COPRODUCE_STORY_RATE_LIMIT", 20);

    @Inject
    Stories stories;

    @Inject
    Outbox outbox;

    @Inject
    Secrets secrets;

    @Inject
    FollowLinks links;

    @Inject
    Clock clock;

    @Inject
    Places places;

    public Received tell(StoryText text, StoryContext context, Submission submission) {
        if (submission.idempotencyKey() != null) {
            var earlier = stories.byIdempotencyKey(submission.idempotencyKey());
            if (earlier.isPresent()) {
                return replay(earlier.get(), submission);
            }
        }
        Instant now = clock.instant();
        checkRate(submission.clientHash(), now);
        String token = submission.idempotencyKey() == null ? Digests.randomToken()
                : secrets.keyedHash("follow", followInputs(submission));
        var story = new Story(text, context, Digests.sha256(token), now);
        story.identify(submission.idempotencyKey(), submission.requestHash(), submission.clientHash());
        places.coarsen(story);
        stories.add(story);
        outbox.enqueue(ANALYSE, story.id());
        if (context.email() != null) {
            outbox.enqueue(FollowLinkMail.KIND, story.id());
        }
        return new Received(story.id(), token, false);
    }

    private Received replay(Story earlier, Submission submission) {
        if (!submission.requestHash().equals(earlier.requestHash())) {
            throw new IdempotencyKeyReused();
        }
        String token = secrets.keyedHashes("follow", followInputs(submission)).stream()
                .filter(candidate -> earlier.followedWith(Digests.sha256(candidate))).findFirst()
                .orElseGet(() -> links.token(earlier.id()));
        return new Received(earlier.id(), token, true);
    }

    private static String followInputs(Submission submission) {
        return submission.idempotencyKey() + "|" + submission.requestHash();
    }

    private void checkRate(String clientHash, Instant now) {
        var recent = stories.submittedByClientSince(clientHash, now.minus(Duration.ofHours(1)));
        if (recent.size() >= HOURLY_LIMIT) {
            Instant freed = recent.get(recent.size() - HOURLY_LIMIT).plus(Duration.ofHours(1));
            throw new TooManyStories(Math.max(1, Duration.between(now, freed).toSeconds()));
        }
    }

    /** Who sent it and how: the Idempotency-Key, a hash of the body, the client's keyed hash. */
    public record Submission(String idempotencyKey, String requestHash, String clientHash) {
    }

    public record Received(long id, String followToken, boolean replayed) {
    }
}
