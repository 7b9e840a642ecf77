package org.coproduce.moderation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.enterprise.event.Event;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.coproduce.analysis.control.Corrections;
import org.coproduce.problems.Conflict;
import org.coproduce.routing.control.Routing;
import org.coproduce.stories.control.StoryPublished;
import org.coproduce.stories.control.StorytellerMails;
import org.coproduce.stories.entity.Relation;
import org.coproduce.stories.entity.Story;
import org.coproduce.stories.entity.StoryContext;
import org.coproduce.stories.entity.StoryStatus;
import org.coproduce.stories.entity.StoryText;
import org.coproduce.testing.Fields;
import org.coproduce.moderation.entity.Decision;
import org.junit.jupiter.api.Test;

/** A decision names the story version the moderator saw: a stale version is refused (409), the current one decides. */
class ModerationTest {

    static final Instant NOW = Instant.parse("2026-09-01T12:00:00Z");
    static final long SEEN = 3;

    final List<String> done = new ArrayList<>();

    Moderation moderation() {
        var moderation = new Moderation();
        moderation.audit = new Audit() {
            @Override
            public Decision record(long storyId, Long responseId, Long moderatorId, String action, String reason, String before,
                    String after) {
                done.add("audit " + action);
                return null;
            }
        };
        moderation.corrections = new Corrections() {
            @Override
            public int record(long storyId, long moderatorId, List<org.coproduce.stories.entity.ThemeTag> chosen) {
                done.add("corrections");
                return 0;
            }
        };
        moderation.routing = new Routing() {
            @Override
            public void route(long storyId) {
                done.add("route");
            }
        };
        moderation.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        @SuppressWarnings("unchecked")
        Event<StoryPublished> published = (Event<StoryPublished>) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Event.class}, (proxy, method, args) -> {
                    if (method.getName().equals("fire")) {
                        done.add("published");
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        moderation.published = published;
        moderation.mails = new StorytellerMails();
        return moderation;
    }

    /** A received story at version 3, as the database would have it after a few changes. */
    static Story atVersion(long version) {
        var story = new Story(new StoryText("Title", "Text", null, null, null), new StoryContext(Set.of(1L), null,
                Relation.CARER, "2026-09", null, null, null), "hash", NOW);
        Fields.withId(story, 42L);
        return Fields.set(story, "version", version);
    }

    void publish(Story story, long seen) {
        moderation().publish(story, seen, 7, "Title", "Moderated", 2, List.of(), null);
    }

    @Test
    void holdsACriticalStoryForTheProviderFirst() {
        var story = atVersion(SEEN);
        moderation().publish(story, SEEN, 7, "Title", "Moderated", 4, List.of(), null);
        assertEquals(StoryStatus.HELD, story.status());
        assertEquals(NOW.plus(java.time.Duration.ofHours(48)), story.heldUntil());
        assertEquals(List.of("audit PUBLISH", "corrections", "route", "audit HOLD"), done, "routed, not counted as public");
    }

    @Test
    void theModeratorMayPublishACriticalStoryAtOnceOrHoldAnotherOne() {
        var critical = atVersion(SEEN);
        moderation().publish(critical, SEEN, 7, "Title", "Moderated", 5, List.of(), false);
        assertEquals(StoryStatus.PUBLISHED, critical.status());
        var mild = atVersion(SEEN);
        moderation().publish(mild, SEEN, 7, "Title", "Moderated", 1, List.of(), true);
        assertEquals(StoryStatus.HELD, mild.status());
    }

    @Test
    void publishesWhenTheSeenVersionIsCurrent() {
        var story = atVersion(SEEN);
        publish(story, SEEN);
        assertEquals(StoryStatus.PUBLISHED, story.status());
        assertEquals(NOW, story.publishedAt());
        assertEquals(List.of("audit PUBLISH", "corrections", "route", "published"), done);
    }

    @Test
    void rejectsWhenTheSeenVersionIsCurrent() {
        var story = atVersion(SEEN);
        moderation().reject(story, SEEN, 7, "It names a patient.");
        assertEquals(StoryStatus.REJECTED, story.status());
        assertEquals(List.of("audit REJECT"), done);
    }

    @Test
    void refusesAPublicationOnAStaleOrUnknownVersionAndChangesNothing() {
        for (long seen : new long[] {SEEN - 1, SEEN + 1, 0}) {
            var story = atVersion(SEEN);
            var refused = assertThrows(Conflict.class, () -> publish(story, seen), "seen " + seen);
            assertEquals(409, refused.getResponse().getStatus());
            assertEquals(StoryStatus.RECEIVED, story.status());
        }
        assertEquals(List.of(), done, "no audit, no routing, no event");
    }

    @Test
    void refusesARejectionOnAStaleVersionAndChangesNothing() {
        var story = atVersion(SEEN);
        assertThrows(Conflict.class, () -> moderation().reject(story, SEEN - 1, 7, "late"));
        assertEquals(StoryStatus.RECEIVED, story.status());
        assertEquals(List.of(), done);
    }

    @Test
    void aSecondDecisionOnTheSameVersionIsRefused() {
        var story = atVersion(SEEN);
        publish(story, SEEN);
        // the database raises the version on commit; without that the story's state still refuses the step
        assertThrows(Conflict.class, () -> moderation().reject(story, SEEN, 8, "late"));
        Fields.set(story, "version", SEEN + 1);
        var refused = assertThrows(Conflict.class, () -> moderation().reject(story, SEEN, 8, "late"));
        assertEquals("Another moderator decided on this story, or it changed, since you opened it. Reload it.", refused.getMessage());
    }
}
