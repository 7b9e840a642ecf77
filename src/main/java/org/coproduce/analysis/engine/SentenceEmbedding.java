package org.coproduce.analysis.engine;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.util.List;
import java.util.Locale;

/**
 * Sentence embeddings run in-process by ONNX Runtime from a model bundled in a langchain4j jar: nothing is
 * downloaded. The encoder is all-MiniLM-L6-v2 (quantised, 384 dimensions, English, mean pooling; the default
 * since analysis-2026.12-7, fast enough for 20 stories a second per core) unless COPRODUCE_EMBEDDING_MODEL (or
 * -Dcoproduce.embedding.model) names another: {@code bge} (bge-small-en-v1.5, quantised, CLS pooling, no query prefix:
 * higher scores at about half the speed, the default from analysis-2026.12-4 to -6) or {@code minilm+bge} (both,
 * concatenated). Each model is loaded on first use (a second or two) and shared; {@link #embed(String)}
 * is thread-safe (an ONNX Runtime session may be run from several threads) and by default runs on its calling thread
 * alone ({@link BundledEncoder}). Texts longer than the model's 510 tokens are split and their embeddings averaged by
 * the library.
 */
public final class SentenceEmbedding {

    /** An encoder: its name (part of every cache key of what is trained or embedded with it) and its models. */
    enum Encoder {
        // The files and pooling of the library's model classes (BgeSmallEnV15QuantizedEmbeddingModel and so on).
        BGE("bge-small-en-v15-q/langchain4j-1.11.0-beta19", List.of(new BundledEncoder("bge-small-en-v1.5-q", PoolingMode.CLS))),
        MINILM("all-minilm-l6-v2-q/langchain4j-1.19.0-beta29", List.of(new BundledEncoder("all-minilm-l6-v2-q", PoolingMode.MEAN))),
        MINILM_BGE("all-minilm-l6-v2-q+bge-small-en-v15-q", List.of(MINILM.parts.getFirst(), BGE.parts.getFirst())),
        /** bge-small-en-v1.5 unquantised (float32): only where its jar is on the class path (the evaluate profile's). */
        BGE_FULL("bge-small-en-v15/langchain4j-1.11.0-beta19", List.of(new BundledEncoder("bge-small-en-v1.5", PoolingMode.CLS)));

        final String model;
        final List<BundledEncoder> parts;

        Encoder(String model, List<BundledEncoder> parts) {
            this.model = model;
            this.parts = parts;
        }

        static Encoder named(String name) {
            return switch (name == null ? "" : name.trim().toLowerCase(Locale.ROOT)) {
                case "bge", "bge-small-en-v15-q" -> BGE;
                case "", "minilm", "all-minilm-l6-v2-q" -> MINILM;
                case "minilm+bge" -> MINILM_BGE;
                case "bge-full" -> BGE_FULL;
                default -> throw new IllegalArgumentException("unknown embedding model " + name + " (bge, minilm, minilm+bge, bge-full)");
            };
        }
    }

    static final Encoder ENCODER = Encoder.named(System.getProperty("coproduce.embedding.model",
            System.getenv("COPRODUCE_EMBEDDING_MODEL")));
    public static final int DIMENSIONS = 384 * ENCODER.parts.size();
    /**
     * How a story's (or a training text's) own vector is made: {@code pooled} (the default since analysis-2026.12-5), the
     * mean of its sentences' vectors weighted by their length, so that each sentence passes the encoder once; or
     * {@code encoded} (before), a second pass of the whole text ({@code -Dcoproduce.embedding.document=encoded}).
     */
    static final String DOCUMENT = System.getProperty("coproduce.embedding.document", "pooled");
    static final boolean POOLED = switch (DOCUMENT) {
        case "pooled" -> true;
        case "encoded" -> false;
        default -> throw new IllegalArgumentException("coproduce.embedding.document " + DOCUMENT + " (pooled, encoded)");
    };
    /** The encoder in use and how a story's vector is made, for cache keys and reports. */
    public static final String MODEL = ENCODER.model + (POOLED ? "/pooled" : "");
    private static volatile EmbeddingModel[] models;

    static {
        // The tokenizer's native library is in its jar; never let DJL look for it on the network.
        if (System.getProperty("ai.djl.offline") == null) {
            System.setProperty("ai.djl.offline", "true");
        }
    }

    private SentenceEmbedding() {
    }

    private static EmbeddingModel[] models() {
        EmbeddingModel[] m = models;
        if (m == null) {
            synchronized (SentenceEmbedding.class) {
                m = models;
                if (m == null) {
                    m = ENCODER.parts.stream().map(BundledEncoder::load).toArray(EmbeddingModel[]::new);
                    models = m;
                }
            }
        }
        return m;
    }

    /**
     * A text's vector from its sentences' vectors: their mean weighted by each sentence's length in characters, scaled
     * to unit length (as the encoder's own vectors); null without sentences.
     */
    static float[] pooled(List<String> sentences, List<float[]> vectors) {
        if (vectors.isEmpty()) {
            return null;
        }
        if (vectors.size() == 1) {
            return vectors.getFirst();
        }
        double[] sum = new double[vectors.getFirst().length];
        for (int i = 0; i < vectors.size(); i++) {
            double weight = Math.max(1, sentences.get(i).strip().length());
            float[] v = vectors.get(i);
            for (int j = 0; j < sum.length; j++) {
                sum[j] += weight * v[j];
            }
        }
        double norm = 0;
        for (double x : sum) {
            norm += x * x;
        }
        float[] result = new float[sum.length];
        if (norm > 0) {
            double scale = 1 / Math.sqrt(norm);
            for (int j = 0; j < sum.length; j++) {
                result[j] = (float) (sum[j] * scale);
            }
        }
        return result;
    }

    /** The text's embedding, unit length; zeros for a blank text. */
    public static float[] embed(String text) {
        if (text == null || text.isBlank()) {
            return new float[DIMENSIONS];
        }
        EmbeddingModel[] m = models();
        if (m.length == 1) {
            return m[0].embed(text).content().vector();
        }
        float[] joined = new float[DIMENSIONS];
        float scale = (float) (1 / Math.sqrt(m.length));
        for (int i = 0; i < m.length; i++) {
            float[] v = m[i].embed(text).content().vector();
            for (int j = 0; j < v.length; j++) {
                joined[i * v.length + j] = v[j] * scale;
            }
        }
        return joined;
    }
}
