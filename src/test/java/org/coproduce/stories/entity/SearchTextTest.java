package org.coproduce.stories.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void findsOtherFormsOfAnEnglishWord() {
        var indexed = new HashSet<>(SearchText.terms(SearchText.of("Long wait", "I waited four hours")));
        assertTrue(SearchText.terms("waiting").stream().anyMatch(indexed::contains));
        assertTrue(SearchText.terms("hour").stream().anyMatch(indexed::contains));
    }

    @Test
    void findsOtherFormsOfAGermanWord() {
        var indexed = new HashSet<>(SearchText.terms(SearchText.of("Wartezeiten", "Die Pflegekräfte waren freundlich")));
        assertTrue(SearchText.terms("Wartezeit").stream().anyMatch(indexed::contains));
        assertTrue(SearchText.terms("Pflegekraft").stream().anyMatch(indexed::contains) || indexed.contains("pflegekraft"));
    }

    @Test
    void leavesOutWordsTooShortForTheIndexAndPunctuation() {
        var terms = SearchText.terms("I, a cat; NHS!");
        assertFalse(terms.contains("i"));
        assertTrue(terms.contains("cat"));
        assertTrue(terms.contains("nhs"));
    }
}
