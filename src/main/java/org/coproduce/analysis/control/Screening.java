package org.coproduce.analysis.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.coproduce.analysis.engine.PersonalDataFinder;
import org.coproduce.analysis.engine.SafeguardingScreen;
import org.coproduce.analysis.entity.Language;

/**
 * The personal-data finder and the safeguarding screen on a short text (a response), run in the
 * request: both are patterns and word lists, no trained model, so they answer at once.
 */
@ApplicationScoped
public class Screening {

    private static final PersonalDataFinder PERSONAL_DATA = new PersonalDataFinder();
    private static final SafeguardingScreen SAFEGUARDING = new SafeguardingScreen();

    /** What was found, as codes: personal data ("phone", "email", …) and safeguarding concerns ("suicide", …). */
    public record Findings(List<String> personalData, List<String> safeguarding) {

        public boolean clean() {
            return personalData.isEmpty() && safeguarding.isEmpty();
        }

        /** For the audit trail: "personal data: phone; safeguarding: abuse". */
        public String summary() {
            var parts = new java.util.ArrayList<String>();
            if (!personalData.isEmpty()) {
                parts.add("personal data: " + String.join(", ", personalData));
            }
            if (!safeguarding.isEmpty()) {
                parts.add("safeguarding: " + String.join(", ", safeguarding));
            }
            return String.join("; ", parts);
        }
    }

    /** language "en" or "de" (the phone and postcode formats differ); English when unknown. */
    public Findings screen(String text, String language) {
        var lang = "de".equals(language) ? Language.DE : Language.EN;
        return new Findings(PERSONAL_DATA.find(text, lang).stream().map(s -> s.kind().code()).distinct().toList(),
                SAFEGUARDING.screen(text).stream().map(f -> f.kind().code()).distinct().toList());
    }
}
