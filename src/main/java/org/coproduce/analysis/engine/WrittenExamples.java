package org.coproduce.analysis.engine;

import java.util.List;
import org.coproduce.analysis.entity.Language;
import org.coproduce.platform.Coded;
import org.coproduce.stories.entity.Polarity;

/**
 * Example sentences per theme written for Coproduce, in English and German: the only German
 * training data, and plain-story wording for English.
 */
final class WrittenExamples {

    record Sentence(String code, Polarity polarity, String text) {
    }

    private WrittenExamples() {
    }

    static String resource(Language language) {
        return "org/coproduce/analysis/training/" + language.code() + "/themes-" + language.code() + ".tsv";
    }

    static List<Sentence> sentences(Language language) {
        return Resources.text(resource(language)).lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t"))
                .map(c -> new Sentence(c[0], Coded.of(Polarity.class, c[1]), c[2]))
                .toList();
    }
}
