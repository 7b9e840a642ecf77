package org.coproduce.following.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FollowerTest {

    static final Instant ASKED = Instant.parse("2026-12-01T10:00:00Z");
    static final Duration WEEK = Duration.ofDays(7);

    Follower follower() {
        return new Follower("a@example.org", "de", Digest.DAILY, Target.of(Target.Kind.SERVICE, "3").orElseThrow(), "hash", ASKED);
    }

    @Test
    void theLinkConfirmsForAWeekAndDigestsStartWithWhatIsPublishedFromThen() {
        var follower = follower();
        assertFalse(follower.confirmable(ASKED.plus(WEEK).plusSeconds(1), WEEK));
        Instant confirmed = ASKED.plus(Duration.ofDays(2));
        assertTrue(follower.confirmable(confirmed, WEEK));
        follower.confirm(confirmed);
        follower.confirm(confirmed.plusSeconds(60));
        assertEquals(confirmed, follower.lastDigestAt(), "a second click changes nothing");
        assertTrue(follower.confirmable(confirmed.plus(Duration.ofDays(30)), WEEK), "confirmed: the link still says so");
    }

    @Test
    void aDigestCoversWhatWasPublishedUpToItsSending() {
        var follower = follower();
        follower.confirm(ASKED);
        Instant sent = ASKED.plus(Duration.ofDays(1));
        follower.digested(sent);
        assertEquals(sent, follower.lastDigestAt());
    }
}
