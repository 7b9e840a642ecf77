package org.coproduce.stories.entity;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * What the full-text index holds for a story, and what a search looks for: every word as written
 * and its English and German Snowball stems, so "waiting" finds "waited" and "Wartezeiten" finds
 * "Wartezeit" whichever language the story is in. The database's own index has no stemmer.
 */
public final class SearchText {

    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** InnoDB's default smallest indexed word (innodb_ft_min_token_size = 3). */
    private static final int SHORTEST = 3;

    private SearchText() {
    }

    /** The indexed text of a published title and text. */
    public static String of(String title, String text) {
        return String.join(" ", terms((title == null ? "" : title) + " " + (text == null ? "" : text)));
    }

    /** The words of a search and their stems, lower case, each once, in order of appearance. */
    public static Set<String> terms(String text) {
        var terms = new LinkedHashSet<String>();
        var english = new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH);
        var german = new SnowballStemmer(SnowballStemmer.ALGORITHM.GERMAN);
        for (String word : WORDS.split(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFC))) {
            if (word.length() >= SHORTEST) {
                terms.add(word);
                add(terms, english.stem(word).toString());
                add(terms, german.stem(word).toString());
            }
        }
        return terms;
    }

    private static void add(Set<String> terms, String stem) {
        if (stem.length() >= SHORTEST) {
            terms.add(stem);
        }
    }
}
