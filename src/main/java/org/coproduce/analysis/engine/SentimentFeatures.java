package org.coproduce.analysis.engine;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.coproduce.analysis.entity.Language;

/**
 * The sentiment model's features: the shared {@link Features} plus every word in the scope of a
 * negation, which runs from "not", "no", "never", "n't", "nothing", … to the next punctuation mark
 * or contrast word ("wasn't friendly or helpful, but" → "x=friendly", "x=or", "x=helpful"), and the
 * length of the text (log₂ of its words, its sentences up to 5): mixed comments are longer. The
 * theme models do not see these features.
 */
final class SentimentFeatures {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");
    private static final Set<String> NEGATIONS_EN = Set.of("not", "no", "never", "n't", "nothing", "cannot", "nobody",
            "none", "neither", "nor", "without", "hardly", "barely", "lack", "nowhere", "dont", "didnt", "wasnt", "cant",
            "couldnt", "wont", "isnt", "doesnt", "werent", "havent", "wouldnt");
    private static final Set<String> CONTRASTS_EN = Set.of("but", "however", "although", "though", "except", "apart",
            "unfortunately", "otherwise", "whereas", "yet");
    private static final Set<String> NEGATIONS_DE = Set.of("nicht", "kein", "keine", "keinen", "keiner", "keinem",
            "keines", "nie", "niemals", "nichts", "niemand", "ohne", "weder", "noch", "kaum");
    private static final Set<String> CONTRASTS_DE = Set.of("aber", "jedoch", "sondern", "trotzdem", "allerdings",
            "leider", "obwohl", "dennoch");
    private static final int MAX_SENTENCES = 5;

    private SentimentFeatures() {
    }

    /** Features of a text: its tokens, the shared features of those tokens and its number of sentences. */
    static String[] of(String[] features, String[] tokens, int sentences, Language language) {
        Set<String> negations = language == Language.DE ? NEGATIONS_DE : NEGATIONS_EN;
        Set<String> contrasts = language == Language.DE ? CONTRASTS_DE : CONTRASTS_EN;
        Set<String> result = new LinkedHashSet<>(List.of(features));
        boolean negated = false;
        int words = 0;
        for (String token : tokens) {
            String word = token.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
            if (!WORD.matcher(word).matches() || contrasts.contains(word)) {
                negated = false;
                words += WORD.matcher(word).matches() ? 1 : 0;
                continue;
            }
            words++;
            if (negated) {
                result.add("x=" + word);
            }
            if (negations.contains(word) || word.endsWith("n't")) {
                negated = true;
            }
        }
        result.add("len=" + (31 - Integer.numberOfLeadingZeros(words + 1)));
        result.add("sents=" + Math.min(sentences, MAX_SENTENCES));
        return result.toArray(String[]::new);
    }
}
