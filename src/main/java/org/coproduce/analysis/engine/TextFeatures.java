package org.coproduce.analysis.engine;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;
import org.coproduce.analysis.entity.Language;

/**
 * A story's language and the model features of the whole text and of each sentence: the shared
 * {@link Features} (themes, criticality) and the {@link SentimentFeatures}.
 */
record TextFeatures(Language language, String text, String[] document, List<String[]> sentences, String[] sentiment,
        List<String[]> sentenceSentiments, List<String> sentenceTexts) {

    static TextFeatures of(String text, Language language, Nlp nlp) {
        Span[] spans = nlp.sentences(text, language);
        List<String[]> sentences = new ArrayList<>(), sentenceSentiments = new ArrayList<>();
        List<String> sentenceTexts = new ArrayList<>();
        for (Span span : spans) {
            sentenceTexts.add(span.getCoveredText(text).toString());
            String[] tokens = nlp.tokens(span.getCoveredText(text).toString(), language);
            String[] features = Features.of(tokens, language);
            sentences.add(features);
            sentenceSentiments.add(SentimentFeatures.of(features, tokens, 1, language));
        }
        String[] tokens = nlp.tokens(text, language);
        String[] document = Features.of(tokens, language);
        return new TextFeatures(language, text, document, List.copyOf(sentences),
                SentimentFeatures.of(document, tokens, spans.length, language), List.copyOf(sentenceSentiments),
                List.copyOf(sentenceTexts));
    }
}
