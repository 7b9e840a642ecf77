package org.coproduce.analysis.engine;

import java.util.ArrayList;
import java.util.List;
import org.coproduce.analysis.entity.Language;
import org.coproduce.analysis.entity.PersonalDataSpan;

/**
 * Recall and precision of the personal data finder on {@link PlantedPersonalData}. A planted value
 * counts as found only when one span covers all of it (a half-redacted phone number still leaks);
 * a found span is correct when it overlaps a planted value.
 */
record PersonalDataScore(int planted, int found, int spans, int correct, List<String> misses) {

    static PersonalDataScore measure(Language language) {
        PersonalDataFinder finder = new PersonalDataFinder();
        int planted = 0, found = 0, spans = 0, correct = 0;
        List<String> misses = new ArrayList<>();
        for (PlantedPersonalData.Sentence sentence : PlantedPersonalData.sentences(language, 160)) {
            List<PersonalDataSpan> result = finder.find(sentence.text(), language);
            for (PlantedPersonalData.Planted p : sentence.planted()) {
                planted++;
                if (result.stream().anyMatch(s -> s.start() <= p.start() && s.end() >= p.end())) {
                    found++;
                } else {
                    misses.add(p.slot() + " '" + sentence.text().substring(p.start(), p.end()) + "' in: " + sentence.text()
                            + " -> " + result);
                }
            }
            for (PersonalDataSpan span : result) {
                spans++;
                if (sentence.planted().stream().anyMatch(p -> span.start() < p.end() && p.start() < span.end())) {
                    correct++;
                } else {
                    misses.add("false positive " + span + " in: " + sentence.text());
                }
            }
        }
        return new PersonalDataScore(planted, found, spans, correct, misses);
    }

    double recall() {
        return (double) found / planted;
    }

    double precision() {
        return spans == 0 ? 1 : (double) correct / spans;
    }
}
