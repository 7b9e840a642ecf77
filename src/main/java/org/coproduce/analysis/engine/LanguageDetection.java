package org.coproduce.analysis.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.coproduce.analysis.entity.Language;

/**
 * English or German, from OpenNLP's 103-language model. Anything that is not German is treated
 * as English. Very short texts, where the model guesses poorly, fall back to counting frequent
 * German function words. Thread-safe: one detector per thread over a shared model.
 */
public final class LanguageDetection {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Set<String> GERMAN_WORDS = Set.of("und", "der", "die", "das", "ist", "nicht",
            "ich", "wir", "mit", "sehr", "war", "wurde", "mein", "meine", "ein", "eine", "auf", "zu",
            "für", "hat", "haben", "sich", "auch", "nur", "noch", "keine", "kein", "freundlich");
    private static final Set<String> ENGLISH_WORDS = Set.of("and", "the", "is", "not", "i", "we", "with",
            "very", "was", "my", "a", "on", "to", "for", "has", "have", "staff", "no", "it", "they");
    private final ThreadLocal<LanguageDetectorME> detector;

    public LanguageDetection() {
        LanguageDetectorModel model = load();
        detector = ThreadLocal.withInitial(() -> new LanguageDetectorME(model));
    }

    private static LanguageDetectorModel load() {
        try (InputStream in = Resources.open("langdetect-183.bin")) {
            return new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Language detect(String text) {
        int german = 0;
        int english = 0;
        var words = WORD.matcher(text.toLowerCase(Locale.ROOT));
        int count = 0;
        while (words.find()) {
            count++;
            german += GERMAN_WORDS.contains(words.group()) ? 1 : 0;
            english += ENGLISH_WORDS.contains(words.group()) ? 1 : 0;
        }
        if (count < 12 && german != english) {
            return german > english ? Language.DE : Language.EN;
        }
        String code = detector.get().predictLanguage(text).getLang();
        return "deu".equals(code) ? Language.DE : Language.EN;
    }
}
