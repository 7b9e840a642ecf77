package org.coproduce.analysis.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coproduce.analysis.entity.Language;
import org.coproduce.analysis.entity.PersonalDataKind;
import org.coproduce.analysis.entity.PersonalDataSpan;

/**
 * People's names: after a title ("Dr Patel", "Schwester Anna"), after a cue ("my name is",
 * "thanks to", "ich heiße"), common first names, and names the source data masked as "XXXX".
 * A titled name is replaced by the job ("[doctor]", "[Pflegekraft]"), others by "[name]".
 */
final class NameFinder {

    private static final String WORD = "[A-ZÄÖÜ][\\p{L}'’]+(?:-[A-ZÄÖÜ][\\p{L}]+)?";
    private static final String NAME = "((?:Dr\\.?\\s+)?(?:" + WORD + "|[A-Z]\\.)(?:\\s+" + WORD + ")?)";
    private static final Pattern TITLED = Pattern.compile("\\b(Dr\\.?|Doctor|Staff Nurse|Nurse|Sister|Matron|Midwife|Mr\\.?|Mrs\\.?"
            + "|Ms\\.?|Miss|Mx\\.?|Prof\\.?|Professor|Frau|Herrn?|Schwester|Pfleger(?:in)?|Ober(?:arzt|ärztin)|Chef(?:arzt|ärztin)"
            + "|Doktor|Hebamme|Therapeut(?:in)?|Physio(?:therapeut(?:in)?)?)\\s+" + NAME);
    private static final Pattern CUED = Pattern.compile("(?:(?i:my name is|i am called|i'm called|called|named|thanks to"
            + "|thank you to|thank you|thanks|especially|ich heiße|ich heisse|mein name ist|namens|dank an|danke an|vielen dank an"
            + "|besonders)\\s+)" + NAME);
    private static final Pattern MASKED = Pattern.compile("\\bX{3,}\\b");
    private static final Set<String> FIRST_NAMES = Set.of((
            "James John David Michael Paul Peter Steve Steven Andrew Richard Robert Thomas Daniel Matthew "
            + "Christopher Chris Anthony Ian Gary Kevin Simon Stephen Tom Ben Sam Joe Dave Mike Sarah Emma "
            + "Laura Claire Rachel Helen Karen Susan Julie Lisa Louise Nicola Emily Jessica Amy Hannah Sophie "
            + "Charlotte Rebecca Jane Mary Margaret Elizabeth Kate Katie Anne Ann Linda Priya Mohammed "
            + "Muhammad Ahmed Fatima Aisha Jo Debbie Tracey Angela Gemma Jenny Stefan Andreas Markus Jürgen "
            + "Klaus Wolfgang Uwe Frank Jens Lukas Jan Tobias Florian Sebastian Christian Alexander "
            + "Maximilian Felix Jonas Anna Maria Ursula Monika Petra Sabine Claudia Susanne Andrea Birgit "
            + "Katrin Julia Lena Lea Leonie Marie Johanna Katharina Heike Anja Nicole Stefanie Ayşe Mehmet "
            + "Fatma Ali Elif Ahmet").split("\\s+"));
    private static final Set<String> NOT_NAMES = Set.copyOf(List.of("the", "and", "was", "were", "is", "who", "i", "we", "he", "she",
            "they", "it", "but", "on", "in", "at", "for", "all", "everyone", "everybody", "you", "so", "very", "staff", "team",
            "ward", "hospital", "practitioner", "station", "der", "die", "das", "und", "war", "ist", "hat", "mit", "auf", "im",
            "sehr", "team", "klinik", "alle", "allen", "ihnen", "euch", "dir", "ihr", "sie", "er", "es", "much", "again",
            "nurses", "doctors", "god", "goodness", "mum", "dad", "mom", "nhs", "a", "an", "this", "that", "again", "also",
            "then", "when", "not", "no", "have", "had", "can", "could", "would", "will", "oder", "aber", "wenn", "dass",
            "ein", "eine", "einen", "nicht", "kein", "keine", "für", "vom", "am", "zum", "zur", "von", "zu", "den", "dem",
            "des", "doktor", "doctor", "professor", "pflegekräfte", "ärzte", "schwestern", "krankenhaus", "notaufnahme", "praxis", "heim", "hause"));

    private NameFinder() {
    }

    static List<PersonalDataSpan> find(String text, Language language) {
        List<PersonalDataSpan> spans = new ArrayList<>();
        Matcher titled = TITLED.matcher(text);
        while (titled.find()) {
            int end = nameEnd(titled, 2);
            if (end > 0) {
                String title = titled.group(2).startsWith("Dr") ? "Dr" : titled.group(1);
                spans.add(span(text, titled.start(), end, JobTitle.replacement(title, language)));
            }
        }
        Matcher cued = CUED.matcher(text);
        while (cued.find()) {
            int end = nameEnd(cued, 1);
            if (end > 0) {
                spans.add(span(text, cued.start(1), end, JobTitle.placeholder(language)));
            }
        }
        Matcher first = Pattern.compile("\\b" + NAME).matcher(text);
        while (first.find()) {
            String word = first.group(1).split("\\s+")[0];
            int end = nameEnd(first, 1);
            if (FIRST_NAMES.contains(word) && end > 0) {
                spans.add(span(text, first.start(1), end, JobTitle.placeholder(language)));
            }
        }
        Matcher masked = MASKED.matcher(text);
        while (masked.find()) {
            spans.add(span(text, masked.start(), masked.end(), JobTitle.placeholder(language)));
        }
        return spans;
    }

    /** End of the name in the group, dropping a second word that is not a name; -1 if the first is not. */
    private static int nameEnd(Matcher m, int group) {
        String[] words = m.group(group).split("\\s+");
        int index = words[0].startsWith("Dr") && words.length > 1 ? 1 : 0;
        if (NOT_NAMES.contains(words[index].toLowerCase(Locale.ROOT))) {
            return -1;
        }
        if (index + 1 < words.length && NOT_NAMES.contains(words[index + 1].toLowerCase(Locale.ROOT))) {
            return m.start(group) + m.group(group).lastIndexOf(words[index + 1]) - 1;
        }
        return m.end(group);
    }

    private static PersonalDataSpan span(String text, int start, int end, String replacement) {
        while (end > start && !Character.isLetter(text.charAt(end - 1))) {
            end--;
        }
        return PersonalDataPatterns.span(text, start, end, PersonalDataKind.NAME, replacement);
    }
}
