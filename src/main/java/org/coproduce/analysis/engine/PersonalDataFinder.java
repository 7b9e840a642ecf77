package org.coproduce.analysis.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.coproduce.analysis.entity.Language;
import org.coproduce.analysis.entity.PersonalDataKind;
import org.coproduce.analysis.entity.PersonalDataSpan;

/**
 * Finds personal data to redact. Overlapping candidates are resolved in favour of the longer one;
 * a street followed closely by its postcode becomes one address. Stateless and thread-safe.
 */
public final class PersonalDataFinder {

    private static final Pattern BETWEEN_STREET_AND_POSTCODE = Pattern.compile(",?\\s*(?:[A-ZÄÖÜ][\\p{L}-]+,?\\s*){0,2}");

    public List<PersonalDataSpan> find(String text, Language language) {
        List<PersonalDataSpan> candidates = new ArrayList<>(PersonalDataPatterns.find(text, language));
        candidates.addAll(NameFinder.find(text, language));
        candidates.sort(Comparator.comparingInt(PersonalDataSpan::length).reversed()
                .thenComparingInt(PersonalDataSpan::start));
        // The kept spans never overlap, so only the one starting last before a candidate's end can overlap it.
        TreeMap<Integer, PersonalDataSpan> byStart = new TreeMap<>();
        for (PersonalDataSpan candidate : candidates) {
            var before = byStart.lowerEntry(candidate.end());
            if (before == null || !before.getValue().overlaps(candidate)) {
                byStart.put(candidate.start(), candidate);
            }
        }
        List<PersonalDataSpan> kept = new ArrayList<>(byStart.values());
        return mergeAddresses(text, kept, language);
    }

    private static List<PersonalDataSpan> mergeAddresses(String text, List<PersonalDataSpan> spans, Language language) {
        List<PersonalDataSpan> merged = new ArrayList<>();
        for (PersonalDataSpan span : spans) {
            PersonalDataSpan last = merged.isEmpty() ? null : merged.getLast();
            if (last != null && last.kind() == PersonalDataKind.POSTAL_ADDRESS && span.kind() == PersonalDataKind.POSTCODE
                    && BETWEEN_STREET_AND_POSTCODE.matcher(text.substring(last.end(), span.start())).matches()) {
                merged.set(merged.size() - 1, PersonalDataPatterns.span(text, last.start(), span.end(),
                        PersonalDataKind.POSTAL_ADDRESS, last.replacement()));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }

    /** The text with every span replaced by its suggested replacement. */
    public static String redact(String text, List<PersonalDataSpan> spans) {
        StringBuilder result = new StringBuilder(text);
        for (PersonalDataSpan span : spans.reversed()) {
            result.replace(span.start(), span.end(), span.replacement());
        }
        return result.toString();
    }
}
