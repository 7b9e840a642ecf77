package org.coproduce.analysis.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.coproduce.analysis.entity.Language;
import org.junit.jupiter.api.Test;

/** The German evaluation set is large enough, uses the taxonomy's codes and shares no wording with the training sentences. */
class GermanStoriesTest {

    private static final int SHARED_WORDS = 5;

    @Test
    void atLeastOneHundredStoriesWithKnownThemes() {
        List<GermanStories> stories = GermanStories.all();
        assertTrue(stories.size() >= 100, "stories: " + stories.size());
        assertEquals(30, stories.stream().filter(s -> !s.isNew()).count(), "the first set is kept");
        Set<String> codes = new HashSet<>(new Taxonomy().codes());
        for (GermanStories story : stories) {
            assertTrue(codes.containsAll(story.expected().keySet()), story.text());
            assertTrue(story.expected().values().stream().allMatch(p -> p.equals("g") || p.equals("c")), story.text());
        }
    }

    @Test
    void noStorySharesFiveWordsInARowWithATrainingSentence() {
        Set<String> training = new HashSet<>();
        WrittenExamples.sentences(Language.DE).forEach(s -> training.addAll(grams(s.text())));
        for (GermanStories story : GermanStories.all()) {
            for (String gram : grams(story.text())) {
                assertTrue(!training.contains(gram), "\"" + gram + "\" is also in a training sentence: " + story.text());
            }
        }
    }

    private static List<String> grams(String text) {
        List<String> words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty()).toList();
        return java.util.stream.IntStream.rangeClosed(0, words.size() - SHARED_WORDS)
                .mapToObj(i -> String.join(" ", words.subList(i, i + SHARED_WORDS))).toList();
    }
}
