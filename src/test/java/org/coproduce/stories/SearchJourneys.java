package org.coproduce.stories;

import static org.coproduce.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.coproduce.testing.Journeys;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, search that scales (docs/search.md), on MariaDB's FULLTEXT index: relevance first,
 * other forms of a word (English and German stems), a date range, and keyset paging that neither
 * repeats nor skips a story while new ones are published.
 */
public interface SearchJourneys extends Journeys {

    @Test
    default void findsTheMostRelevantStoryFirstAndOtherFormsOfItsWords() {
        String word = unique();
        long often = published("Waited " + word, word + " waited, waited and waited again for hours.");
        long once = published("Late " + word, "We " + word + "ed once for the doctor.");
        var reader = anonymous();
        var ranked = ids(reader.get("api/stories?q=waiting%20" + word + "&size=20").json());
        assertEquals(List.of(often, once), ranked.subList(0, 2), "the story that says it most comes first: " + ranked);
        assertTrue(ids(reader.get("api/stories?q=" + word + "ing").json()).contains(once), "'" + word + "ing' finds '" + word + "ed'");

        var first = reader.get("api/stories?q=waiting%20" + word + "&size=1").json();
        var second = reader.get("api/stories?q=waiting%20" + word + "&size=1&after=" + first.getString("next")).json();
        assertEquals(List.of(once), ids(second), "the next page by relevance starts after the first");

        long german = published("Wartezeiten " + word, "Die " + word + "zeiten waren sehr lang.");
        assertEquals(List.of(german), ids(reader.get("api/stories?q=" + word + "zeit").json()), "German stems too");
    }

    @Test
    default void narrowsToADateRangeAndNamesABadOne() {
        String word = unique();
        long id = published("Dated " + word, "Told about " + word + " today.");
        var today = LocalDate.now(ZoneOffset.UTC);
        var reader = anonymous();
        assertEquals(List.of(id), ids(reader.get("api/stories?q=" + word + "&from=" + today + "&to=" + today).json()));
        assertEquals(List.of(), ids(reader.get("api/stories?q=" + word + "&to=" + today.minusDays(1)).json()));
        assertEquals(List.of(), ids(reader.get("api/stories?q=" + word + "&from=" + today.plusDays(1)).json()));
        assertEquals(List.of("to"), refused(reader.get("api/stories?from=" + today + "&to=" + today.minusDays(1))));
        assertEquals(List.of("from"), refused(reader.get("api/stories?from=yesterday")));
        assertEquals(List.of("after"), refused(reader.get("api/stories?after=not-a-cursor")));
        assertEquals(List.of("page"), refused(reader.get("api/stories?page=51&size=20")));
    }

    @Test
    default void pagesByCursorWithoutRepeatsOrGapsWhileStoriesArePublished() {
        var mine = new ArrayList<Long>();
        for (int i = 0; i < 5; i++) {
            mine.add(published("Paged " + unique(), "A story to page through."));
        }
        String from = LocalDate.now(ZoneOffset.UTC).toString();
        var reader = anonymous();
        var seen = new ArrayList<Long>();
        var page = reader.get("api/stories?from=" + from + "&size=2").json();
        seen.addAll(ids(page));
        long newer = published("Newer " + unique(), "Published while someone reads page one.");
        while (!page.isNull("next") && !seen.containsAll(mine)) {
            page = reader.get("api/stories?from=" + from + "&size=2&after=" + page.getString("next")).json();
            seen.addAll(ids(page));
        }
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no story twice: " + seen);
        assertTrue(seen.containsAll(mine), "none skipped: " + seen + " has " + mine);
        assertFalse(seen.contains(newer), "a story published meanwhile is on the first page, not in the middle");
        assertEquals(mine.reversed(), seen.stream().filter(mine::contains).toList(), "newest first");
    }

    private long published(String title, String text) {
        long id = told(title);
        var moderator = demo("moderator");
        long version = moderator.get("api/moderation/stories/" + id).json().getJsonNumber("version").longValue();
        var reply = moderator.post("api/moderation/stories/" + id + "/decision", "{\"action\":\"PUBLISH\",\"version\":" + version
                + ",\"title\":\"" + title + "\",\"text\":\"" + text + "\",\"criticality\":1}");
        assertEquals(200, reply.status(), reply.body());
        return id;
    }

    private static List<String> refused(org.coproduce.testing.Reply reply) {
        assertProblem(reply, 400);
        return reply.violatedFields();
    }

    private static List<Long> ids(JsonObject page) {
        return page.getJsonArray("items").stream().map(JsonValue::asJsonObject).map(s -> s.getJsonNumber("id").longValue()).toList();
    }

    /** A made-up word no other story holds, letters only so the index keeps it whole. */
    private static String unique() {
        var random = new Random();
        // "kva…": a stem needs a vowel before a stemmer takes "-ed" or "-ing" off (Porter), random letters may have none
        var word = new StringBuilder("kva");
        for (int i = 0; i < 7; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
