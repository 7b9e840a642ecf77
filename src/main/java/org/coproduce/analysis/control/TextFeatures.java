package org.coproduce.analysis.control;

import java.util.List;
import org.coproduce.analysis.entity.Language;

/** A story's language and the model features of the whole text and of each sentence. */
record TextFeatures(Language language, String[] document, List<String[]> sentences) {

    static TextFeatures of(String text, Language language, Nlp nlp) {
        List<String[]> sentences = java.util.Arrays.stream(nlp.sentences(text, language))
                .map(span -> Features.of(nlp.tokens(span.getCoveredText(text).toString(), language), language))
                .toList();
        return new TextFeatures(language, Features.of(nlp.tokens(text, language), language), sentences);
    }
}
