package org.coproduce.analysis.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.coproduce.analysis.entity.Language;

/**
 * Bag-of-words features for the maxent models: lower-cased word unigrams and bigrams, plus a crude
 * stem (the first five letters) so that "waited", "waiting" and "waits" share evidence. Negation
 * words mark the next two words ("not friendly" → "¬friendly").
 */
public final class Features {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "n't", "nothing", "cannot",
            "nicht", "kein", "keine", "keinen", "keiner", "nie", "niemals", "nichts");
    private static final int STEM = 5;
    private static final int GRAM = 4;

    private Features() {
    }

    public static String[] of(String[] tokens) {
        return of(tokens, Language.EN);
    }

    /**
     * German also gets the character 4-grams of each word: compounds ("Parkplatz", "Parkgebühren",
     * "Wartezeit") then share evidence with their parts, which matters with few training sentences.
     */
    public static String[] of(String[] tokens, Language language) {
        List<String> words = words(tokens);
        Set<String> features = new LinkedHashSet<>();
        features.add("bias");
        int negated = 0;
        String previous = "<s>";
        for (String word : words) {
            features.add("w=" + word);
            features.add("b=" + previous + "_" + word);
            if (word.length() > STEM + 1) {
                features.add("s=" + word.substring(0, STEM));
            }
            if (negated > 0) {
                features.add("n=" + word);
                negated--;
            }
            if (language == Language.DE) {
                grams(features, "<" + word + ">");
            }
            if (NEGATIONS.contains(word)) {
                negated = 2;
            }
            previous = word;
        }
        features.add("b=" + previous + "_</s>");
        return features.toArray(String[]::new);
    }

    private static void grams(Set<String> features, String word) {
        for (int i = 0; i + GRAM <= word.length(); i++) {
            features.add("g=" + word.substring(i, i + GRAM));
        }
    }

    private static List<String> words(String[] tokens) {
        List<String> words = new ArrayList<>(tokens.length);
        for (String token : tokens) {
            String lower = token.toLowerCase(Locale.ROOT);
            if (WORD.matcher(lower).matches()) {
                words.add(lower);
            }
        }
        return words;
    }
}
