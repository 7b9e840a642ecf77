package org.coproduce.stories.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coproduce.background.control.Outbox;
import org.coproduce.platform.Digests;
import org.coproduce.platform.MasterSecret;
import org.coproduce.platform.Secrets;
import org.coproduce.stories.entity.Relation;
import org.coproduce.stories.entity.Story;
import org.coproduce.stories.entity.StoryContext;
import org.coproduce.stories.entity.StoryText;
import org.coproduce.testing.Fields;
import org.junit.jupiter.api.Test;

/** Taking a story in: idempotent retries, the hourly limit per client, on a fixed clock. */
class StorytellingTest {

    static final Instant NOW = Instant.parse("2026-09-01T12:00:00Z");
    static final StoryText TEXT = new StoryText("Long wait", "I waited for hours.", null, null, null);
    static final StoryContext CONTEXT = new StoryContext(Set.of(1L), null, Relation.SERVICE_USER, "2026-09", null, null, null);
    static final int LIMIT = Storytelling.HOURLY_LIMIT;
    static final String OLD_SECRET = "the secret before the rotation, 32+ characters";
    static final String NEW_SECRET = "the secret after the rotation, also 32+ characters";

    final StoredStories stories = new StoredStories();
    final List<String> queued = new ArrayList<>();
    /** Links minted in follow_link: token hash to story. */
    final Map<String, Long> minted = new HashMap<>();
    Secrets secrets = new Secrets(MasterSecret.of(OLD_SECRET, null));

    Storytelling at(Instant now) {
        var storytelling = new Storytelling();
        storytelling.stories = stories;
        storytelling.outbox = new Outbox() {
            @Override
            public void enqueue(String kind, long subjectId) {
                queued.add(kind + " " + subjectId);
            }
        };
        storytelling.secrets = secrets;
        storytelling.links = new FollowLinks() {
            @Override
            public String token(long storyId) {
                String token = "minted-" + minted.size();
                minted.put(Digests.sha256(token), storyId);
                return token;
            }
        };
        storytelling.clock = Clock.fixed(now, ZoneOffset.UTC);
        storytelling.places = new Places();
        return storytelling;
    }

    static Storytelling.Submission keyed(String key, String body) {
        return new Storytelling.Submission(key, Digests.sha256(body), "client-a");
    }

    static Storytelling.Submission from(String client) {
        return new Storytelling.Submission(null, Digests.sha256("body"), client);
    }

    /** Stories the client already sent, at these moments. */
    void earlier(String client, Instant... moments) {
        for (Instant moment : moments) {
            var story = new Story(TEXT, CONTEXT, "hash", moment);
            story.identify(null, "h", client);
            stories.add(story);
        }
    }

    @Test
    void storesTheStoryReceivedUnheardAndQueuesItsAnalysis() {
        var received = at(NOW).tell(TEXT, CONTEXT, from("client-a"));
        var story = stories.find(received.id()).orElseThrow();
        assertEquals(NOW, story.submittedAt());
        assertEquals(Digests.sha256(received.followToken()), Fields.get(story, "followTokenHash"), "only the token's hash is kept");
        assertFalse(received.replayed());
        assertEquals(List.of(Storytelling.ANALYSE + " " + received.id()), queued);
    }

    @Test
    void answersARetryWithTheSameKeyWithTheSameStoryAndLink() {
        var first = at(NOW).tell(TEXT, CONTEXT, keyed("key-1", "body"));
        var retry = at(NOW.plusSeconds(5)).tell(TEXT, CONTEXT, keyed("key-1", "body"));
        assertEquals(first.id(), retry.id());
        assertEquals(first.followToken(), retry.followToken());
        assertTrue(retry.replayed());
        assertEquals(1, stories.all.size(), "no second story");
        assertEquals(1, queued.size(), "analysed once");
    }

    @Test
    void answersARetryAfterTheRotationWithTheLinkMadeUnderThePreviousSecret() {
        var first = at(NOW).tell(TEXT, CONTEXT, keyed("key-1", "body"));
        secrets = new Secrets(MasterSecret.of(NEW_SECRET, OLD_SECRET));
        var retry = at(NOW.plusSeconds(5)).tell(TEXT, CONTEXT, keyed("key-1", "body"));
        assertEquals(first.followToken(), retry.followToken());
        assertTrue(minted.isEmpty(), "no new link needed");
        var next = at(NOW).tell(TEXT, CONTEXT, keyed("key-2", "body"));
        assertEquals(new Secrets(MasterSecret.of(NEW_SECRET, null)).keyedHash("follow", "key-2|" + Digests.sha256("body")),
                next.followToken(), "new links are made under the current secret");
    }

    @Test
    void answersARetryOnceThePreviousSecretIsGoneWithAFreshLinkThatOpensTheStory() {
        var first = at(NOW).tell(TEXT, CONTEXT, keyed("key-1", "body"));
        secrets = new Secrets(MasterSecret.of(NEW_SECRET, null));
        var retry = at(NOW.plusSeconds(5)).tell(TEXT, CONTEXT, keyed("key-1", "body"));
        assertEquals(first.id(), retry.id());
        assertNotEquals(first.followToken(), retry.followToken());
        assertEquals(first.id(), minted.get(Digests.sha256(retry.followToken())), "the fresh link is kept (as a hash) for the story");
        assertTrue(stories.find(first.id()).orElseThrow().followedWith(Digests.sha256(first.followToken())),
                "the first link still opens the story: only its hash is stored, no key is needed to open it");
    }

    @Test
    void refusesTheSameKeyWithAnotherStory() {
        at(NOW).tell(TEXT, CONTEXT, keyed("key-1", "body"));
        var refused = assertThrows(IdempotencyKeyReused.class, () -> at(NOW).tell(TEXT, CONTEXT, keyed("key-1", "another body")));
        assertEquals(422, refused.getResponse().getStatus());
        assertEquals(1, stories.all.size());
    }

    @Test
    void givesEveryKeyAndEveryUnkeyedStoryItsOwnLink() {
        var one = at(NOW).tell(TEXT, CONTEXT, keyed("key-1", "body"));
        var two = at(NOW).tell(TEXT, CONTEXT, keyed("key-2", "body"));
        var three = at(NOW).tell(TEXT, CONTEXT, from("client-a"));
        var four = at(NOW).tell(TEXT, CONTEXT, from("client-a"));
        assertEquals(4, Set.of(one.followToken(), two.followToken(), three.followToken(), four.followToken()).size());
        assertNotEquals(one.id(), two.id());
    }

    @Test
    void acceptsUpToTheLimitWithinAnHour() {
        earlier("client-a", lastHour(LIMIT - 1));
        var received = at(NOW).tell(TEXT, CONTEXT, from("client-a"));
        assertTrue(stories.find(received.id()).isPresent());
    }

    @Test
    void refusesTheStoryOverTheLimitUntilTheOldestIsAnHourOld() {
        earlier("client-a", lastHour(LIMIT));
        var refused = assertThrows(TooManyStories.class, () -> at(NOW).tell(TEXT, CONTEXT, from("client-a")));
        assertEquals(429, refused.getResponse().getStatus());
        // the oldest of the last hour's stories was sent 50 minutes ago: it leaves the hour in 10 minutes
        assertEquals("600", refused.getResponse().getHeaderString("Retry-After"));
        assertEquals(LIMIT, stories.all.size());
    }

    @Test
    void waitsForTheOldestStoryThatKeepsTheClientAtTheLimit() {
        var moments = new ArrayList<>(List.of(lastHour(LIMIT)));
        moments.addFirst(NOW.minus(Duration.ofMinutes(55)));
        earlier("client-a", moments.toArray(Instant[]::new));
        var refused = assertThrows(TooManyStories.class, () -> at(NOW).tell(TEXT, CONTEXT, from("client-a")));
        assertEquals("600", refused.getResponse().getHeaderString("Retry-After"),
                "two stories must leave the hour (in 5 and in 10 minutes): the second oldest decides");
    }

    @Test
    void asksToWaitAtLeastOneSecond() {
        var moments = new ArrayList<>(List.of(lastHour(LIMIT - 1)));
        moments.addFirst(NOW.minus(Duration.ofHours(1)).plusMillis(1));
        earlier("client-a", moments.toArray(Instant[]::new));
        var refused = assertThrows(TooManyStories.class, () -> at(NOW).tell(TEXT, CONTEXT, from("client-a")));
        assertEquals("1", refused.getResponse().getHeaderString("Retry-After"));
    }

    @Test
    void forgetsStoriesAnHourOldOrOlder() {
        var moments = new ArrayList<>(List.of(lastHour(LIMIT - 1)));
        moments.addFirst(NOW.minus(Duration.ofHours(1)));
        earlier("client-a", moments.toArray(Instant[]::new));
        assertTrue(at(NOW).tell(TEXT, CONTEXT, from("client-a")).id() > 0);
    }

    @Test
    void countsEachClientOnItsOwn() {
        earlier("client-a", lastHour(LIMIT));
        assertTrue(at(NOW).tell(TEXT, CONTEXT, from("client-b")).id() > 0);
    }

    @Test
    void aRetryIsAnsweredEvenOverTheLimit() {
        var first = at(NOW).tell(TEXT, CONTEXT, keyed("key-1", "body"));
        earlier("client-a", lastHour(LIMIT));
        assertEquals(first.id(), at(NOW).tell(TEXT, CONTEXT, keyed("key-1", "body")).id());
    }

    /** n moments in the last hour, the oldest 50 minutes ago, oldest first. */
    static Instant[] lastHour(int n) {
        var moments = new Instant[n];
        for (int i = 0; i < n; i++) {
            moments[i] = NOW.minus(Duration.ofMinutes(50)).plusSeconds(i);
        }
        return moments;
    }

    /** Stories in memory, queried as {@link Stories} queries them. */
    static class StoredStories extends Stories {

        final List<Story> all = new ArrayList<>();

        @Override
        public void add(Story story) {
            Fields.withId(story, all.size() + 1L);
            all.add(story);
        }

        @Override
        public Optional<Story> find(long id) {
            return all.stream().filter(s -> s.id() == id).findFirst();
        }

        @Override
        public Optional<Story> byIdempotencyKey(String key) {
            return all.stream().filter(s -> key.equals(Fields.get(s, "idempotencyKey"))).findFirst();
        }

        @Override
        public List<Instant> submittedByClientSince(String clientHash, Instant since) {
            return all.stream().filter(s -> clientHash.equals(Fields.get(s, "clientHash")))
                    .map(Story::submittedAt).filter(at -> at.isAfter(since)).sorted(Comparator.naturalOrder()).toList();
        }
    }
}
