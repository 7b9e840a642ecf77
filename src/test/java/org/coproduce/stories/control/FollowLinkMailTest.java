package org.coproduce.stories.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.coproduce.background.control.NotReadyYet;
import org.coproduce.stories.entity.Relation;
import org.coproduce.stories.entity.Story;
import org.coproduce.stories.entity.StoryContext;
import org.coproduce.stories.entity.StoryText;
import org.junit.jupiter.api.Test;

class FollowLinkMailTest {

    static final Instant SENT = Instant.parse("2026-12-04T10:00:00Z");

    static FollowLinkMail mail() {
        var mail = new FollowLinkMail();
        mail.links = new FollowLinks() {
            @Override
            public String mint(long storyId) {
                return "https://coproduce.example/follow.html#fresh";
            }
        };
        mail.unsubscribes = UnsubscribesTest.unsubscribes();
        return mail;
    }

    static Story story(String email) throws ReflectiveOperationException {
        var story = new Story(new StoryText("Secret title", "Call Jane on 0123 456789.", null, null, null),
                new StoryContext(Set.of(1L), null, Relation.CARER, "2026-11", email, null, null), "hash", SENT);
        var id = Story.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(story, 42L);
        return story;
    }

    @Test
    void sendsAFreshLinkAndSaysWhyButNothingTheStorytellerWrote() throws ReflectiveOperationException {
        var sent = mail().compose(story("teller@example.org"), SENT);
        assertEquals(1, sent.size());
        var message = sent.getFirst();
        assertEquals("teller@example.org", message.to());
        assertEquals("Your link to follow your story", message.subject());
        assertTrue(message.text().contains("https://coproduce.example/follow.html#fresh"), message.text());
        assertTrue(message.text().contains("on 4 December 2026"), message.text());
        assertTrue(message.text().contains("You get this e-mail because this address was given"), message.text());
        assertFalse(message.text().contains("Secret title") || message.text().contains("Jane"), "nobody's text to any address");
        assertTrue(message.text().contains(message.unsubscribe().page()), "the unsubscribe link is in the text");
        assertTrue(message.unsubscribe().oneClick().contains("/api/unsubscribe?token=s42."), message.unsubscribe().oneClick());
    }

    @Test
    void waitsForTheAnalysisToKnowTheLanguageButNotForever() throws ReflectiveOperationException {
        var mail = mail();
        var story = story("teller@example.org");
        mail.stories = new Stories() {
            @Override
            public Optional<Story> find(long id) {
                return Optional.of(story);
            }
        };
        mail.clock = Clock.fixed(SENT.plusSeconds(10), ZoneOffset.UTC);
        assertThrows(NotReadyYet.class, () -> mail.load(42));
        mail.clock = Clock.fixed(SENT.plus(FollowLinkMail.LANGUAGE_WAIT).plusSeconds(1), ZoneOffset.UTC);
        assertTrue(mail.load(42).isPresent(), "then it is written in English");
    }
}
