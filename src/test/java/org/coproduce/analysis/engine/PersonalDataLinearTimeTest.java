package org.coproduce.analysis.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import org.coproduce.analysis.entity.Language;
import org.junit.jupiter.api.Test;

/**
 * Property: finding personal data takes time roughly linear in the text's length, also for text
 * made to make regular expressions backtrack (long runs of digits, dots, @, spaces, letters,
 * keywords followed by nothing). Each generated input is timed at 25 kB and at 100 kB: linear
 * time is about 4 times as long, quadratic 16 times; the test allows 10 (and noise of 100 ms), and at most 3 s for 100 kB.
 */
class PersonalDataLinearTimeTest {

    private static final int SMALL = 25_000;
    private static final int LARGE = 100_000;

    private final PersonalDataFinder finder = new PersonalDataFinder();

    static Map<String, IntFunction<String>> hostile() {
        var inputs = new LinkedHashMap<String, IntFunction<String>>();
        inputs.put("digits", n -> "1".repeat(n));
        inputs.put("zero digits", n -> "0" + "0".repeat(n - 1));
        inputs.put("dots", n -> ".".repeat(n));
        inputs.put("at signs", n -> "@".repeat(n));
        inputs.put("spaces", n -> " ".repeat(n));
        inputs.put("letters", n -> "a".repeat(n));
        inputs.put("capitalised word", n -> "A" + "a".repeat(n - 1));
        inputs.put("local part then dots", n -> "a".repeat(n / 2) + "@" + "b.".repeat(n / 4));
        inputs.put("domain without dot", n -> "a@" + "b".repeat(n));
        inputs.put("domain of dots", n -> "a@" + ".b".repeat(n / 2) + ".");
        inputs.put("x@ repeated", n -> "x@".repeat(n / 2));
        inputs.put("emails", n -> "a@b.cd ".repeat(n / 7));
        inputs.put("born then spaces", n -> "born" + " ".repeat(n) + "x");
        inputs.put("born on repeated", n -> "born on ".repeat(n / 8));
        inputs.put("reference then spaces", n -> "reference number" + " ".repeat(n) + "x");
        inputs.put("ref repeated", n -> "ref: ".repeat(n / 5));
        inputs.put("digit space", n -> "1 ".repeat(n / 2));
        inputs.put("phone separators", n -> "0" + "1-".repeat(n / 2));
        inputs.put("plus 44", n -> "+44 ".repeat(n / 4));
        inputs.put("street", n -> "1 " + "Aa ".repeat(n / 3));
        inputs.put("strasse", n -> "Haupt" + "a".repeat(n) + "straße");
        inputs.put("postcode words", n -> "12345 " + "Aa ".repeat(n / 3));
        inputs.put("dates", n -> "12.12.".repeat(n / 6));
        inputs.put("street then capitals", n -> "Hauptstraße 1" + ", Aa".repeat(n / 4) + " 12345 Berlin");
        inputs.put("random mix", n -> random(n, "1. @-+/(0)aA,\n"));
        return inputs;
    }

    private static String random(int n, String alphabet) {
        var random = new Random(42);
        var text = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    @Test
    void findingTakesLinearTimeOnHostileText() {
        hostile().values().forEach(input -> finder.find(input.apply(SMALL), Language.EN)); // warm up the JIT
        var slow = new StringBuilder();
        for (var input : hostile().entrySet()) {
            for (Language language : Language.values()) {
                String small = input.getValue().apply(SMALL);
                String large = input.getValue().apply(LARGE);
                long smallNanos = fastest(small, language);
                long largeNanos = fastest(large, language);
                if (largeNanos > 10 * smallNanos + 100_000_000L || largeNanos > 3_000_000_000L) {
                    slow.append(input.getKey()).append(' ').append(language).append(": ")
                            .append(smallNanos / 1_000_000).append(" ms for 25 kB, ")
                            .append(largeNanos / 1_000_000).append(" ms for 100 kB\n");
                }
            }
        }
        assertTrue(slow.isEmpty(), "not linear:\n" + slow);
    }

    private long fastest(String text, Language language) {
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            finder.find(text, language);
            best = Math.min(best, System.nanoTime() - start);
            if (best > 3_000_000_000L) {
                break;
            }
        }
        return best;
    }
}
