package org.coproduce.stories.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StoryTextTest {

    @Test
    void headsThePromptsInGermanForAStoryToldInGerman() {
        var text = new StoryText("Notaufnahme", "Sechs Stunden gewartet.", "Die Pflege war freundlich.", "Wartezeit anzeigen.",
                "Vergessen.", "de");
        assertEquals("""
                Sechs Stunden gewartet.

                Was gut war: Die Pflege war freundlich.

                Was besser sein könnte: Wartezeit anzeigen.

                Wie ich mich dabei gefühlt habe: Vergessen.""", text.whole());
    }

    @Test
    void headsThePromptsInEnglishForAStoryToldInEnglishOrInAnUnknownLanguage() {
        String expected = "What was good: Kind staff.\n\nHow it made me feel: Relieved.";
        assertEquals(expected, new StoryText("A&E", null, " Kind staff. ", null, "Relieved.", "en").whole());
        assertEquals(expected, new StoryText("A&E", null, "Kind staff.", "  ", "Relieved.").whole());
    }

    @Test
    void aStoryKeepsTheLanguageItWasToldIn() {
        var context = new StoryContext(java.util.Set.of(1L), null, Relation.CARER, "2026-10", null, null, null);
        var story = new Story(new StoryText("Titel", null, "Gut.", null, null, "de"), context, "hash", java.time.Instant.EPOCH);
        assertEquals("de", story.toldIn());
        assertEquals("Was gut war: Gut.", story.text().whole());
        assertEquals("de", story.storytellerLanguage());
        assertEquals("de", story.textLanguage());
    }
}
