package org.coproduce.analysis.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.coproduce.analysis.entity.Language;

/**
 * Sentence detection and tokenisation with each language's OpenNLP UD models. The models are
 * shared; the ME classes are not thread-safe, so each thread gets its own instances.
 */
public final class Nlp {

    private final Map<Language, ThreadLocal<SentenceDetectorME>> sentences = new EnumMap<>(Language.class);
    private final Map<Language, ThreadLocal<TokenizerME>> tokenizers = new EnumMap<>(Language.class);

    public Nlp() {
        for (Language language : Language.values()) {
            String prefix = language == Language.DE ? "opennlp-de-ud-gsd-" : "opennlp-en-ud-ewt-";
            SentenceModel sentenceModel = load(prefix + "sentence-1.3-2.5.4.bin", SentenceModel::new);
            TokenizerModel tokenModel = load(prefix + "tokens-1.3-2.5.4.bin", TokenizerModel::new);
            sentences.put(language, ThreadLocal.withInitial(() -> new SentenceDetectorME(sentenceModel)));
            tokenizers.put(language, ThreadLocal.withInitial(() -> new TokenizerME(tokenModel)));
        }
    }

    public Span[] sentences(String text, Language language) {
        return sentences.get(language).get().sentPosDetect(text);
    }

    /** The texts of the sentences, as {@link TextFeatures} splits a story. */
    public java.util.List<String> sentenceTexts(String text, Language language) {
        return java.util.Arrays.stream(sentences(text, language)).map(span -> span.getCoveredText(text).toString()).toList();
    }

    public String[] tokens(String text, Language language) {
        return tokenizers.get(language).get().tokenize(text);
    }

    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(String name, ModelReader<M> reader) {
        try (InputStream in = Resources.open(name)) {
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
