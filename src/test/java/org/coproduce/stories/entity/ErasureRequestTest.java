package org.coproduce.stories.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one-time erasure link: open for 24 hours once e-mailed, spent by its confirmation. */
class ErasureRequestTest {

    static final Instant ASKED = Instant.parse("2026-11-02T10:00:00Z");

    static ErasureRequest linked() {
        var request = new ErasureRequest("address-hash", List.of(3L, 41L), "de", ASKED);
        request.linkedBy("token-hash");
        return request;
    }

    @Test
    void keepsTheStoriesFoundAndTheLanguage() {
        assertEquals(List.of(3L, 41L), linked().storyIds());
        assertEquals("de", linked().language());
        assertEquals(List.of(), new ErasureRequest("h", List.of(), "en", ASKED).storyIds());
    }

    @Test
    void keepsWhatOtherComponentsFoundByKindStoriesFirst() {
        var request = new ErasureRequest("h", Map.of("barrier", List.of(7L, 9L), ErasureRequest.STORY, List.of(3L), "none", List.of()),
                "en", ASKED);
        assertEquals(List.of("story", "barrier"), List.copyOf(request.found().keySet()));
        assertEquals(List.of(7L, 9L), request.found().get("barrier"));
        assertEquals(List.of(3L), request.storyIds());
        assertEquals(Map.of("barrier", List.of(5L)), new ErasureRequest("h", Map.of("barrier", List.of(5L)), "en", ASKED).found());
        assertEquals(Map.of(), new ErasureRequest("h", List.of(), "en", ASKED).found());
    }

    @Test
    void opensOnlyOnceLinkedAndFor24Hours() {
        assertFalse(new ErasureRequest("h", List.of(3L), "en", ASKED).open(ASKED), "no link e-mailed yet");
        assertTrue(linked().open(ASKED.plus(Duration.ofHours(23))));
        assertFalse(linked().open(ASKED.plus(Duration.ofHours(24))));
    }

    @Test
    void worksOnce() {
        var request = linked();
        request.use(ASKED.plusSeconds(60));
        assertFalse(request.open(ASKED.plusSeconds(61)));
        var again = assertThrows(IllegalTransition.class, () -> request.use(ASKED.plusSeconds(62)));
        assertEquals("This erasure link has been used or has expired.", again.getMessage());
    }

    @Test
    void refusesAnExpiredLink() {
        assertThrows(IllegalTransition.class, () -> linked().use(ASKED.plus(Duration.ofDays(2))));
    }
}
