package org.coproduce.analysis.engine;

import java.util.Locale;
import org.coproduce.analysis.entity.Language;

/** What a titled name is replaced with, so a redacted story still says who did what. */
final class JobTitle {

    private JobTitle() {
    }

    static String replacement(String title, Language language) {
        boolean de = language == Language.DE;
        String t = title.toLowerCase(Locale.ROOT).replace(".", "");
        if (t.startsWith("dr") || t.startsWith("doktor") || t.startsWith("doctor") || t.startsWith("prof")
                || t.startsWith("ober") || t.startsWith("chef")) {
            return de ? "[Ärztin/Arzt]" : "[doctor]";
        }
        if (t.contains("nurse") || t.equals("sister") || t.equals("matron") || t.equals("schwester") || t.startsWith("pfleger")) {
            return de ? "[Pflegekraft]" : "[nurse]";
        }
        if (t.equals("midwife") || t.equals("hebamme")) {
            return de ? "[Hebamme/Entbindungspfleger]" : "[midwife]";
        }
        if (t.startsWith("therapeut") || t.startsWith("physio")) {
            return de ? "[Therapeut/in]" : "[therapist]";
        }
        return placeholder(language);
    }

    static String placeholder(Language language) {
        return language == Language.DE ? "[Name]" : "[name]";
    }
}
