package org.coproduce.analysis.engine;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (quantised, 384 dimensions, English), run in-process
 * by ONNX Runtime from the model bundled in the langchain4j jar: nothing is downloaded. The model
 * is loaded on first use (about a second) and shared; {@link #embed(String)} is thread-safe (an
 * ONNX Runtime session may be run from several threads). Texts longer than the model's 510
 * tokens are split and their embeddings averaged by the library.
 */
public final class SentenceEmbedding {

    public static final int DIMENSIONS = 384;
    public static final String MODEL = "all-minilm-l6-v2-q/langchain4j-1.19.0-beta29";
    private static volatile EmbeddingModel model;

    static {
        // The tokenizer's native library is in its jar; never let DJL look for it on the network.
        if (System.getProperty("ai.djl.offline") == null) {
            System.setProperty("ai.djl.offline", "true");
        }
    }

    private SentenceEmbedding() {
    }

    private static EmbeddingModel model() {
        EmbeddingModel m = model;
        if (m == null) {
            synchronized (SentenceEmbedding.class) {
                m = model;
                if (m == null) {
                    // The library finds its model file through the thread's context class loader, which in
                    // a pool thread (or a container's) need not see this jar: use ours while loading.
                    Thread thread = Thread.currentThread();
                    ClassLoader previous = thread.getContextClassLoader();
                    thread.setContextClassLoader(SentenceEmbedding.class.getClassLoader());
                    try {
                        m = new AllMiniLmL6V2QuantizedEmbeddingModel();
                    } finally {
                        thread.setContextClassLoader(previous);
                    }
                    model = m;
                }
            }
        }
        return m;
    }

    /** The text's embedding, unit length; zeros for a blank text. */
    public static float[] embed(String text) {
        if (text == null || text.isBlank()) {
            return new float[DIMENSIONS];
        }
        return model().embed(text).content().vector();
    }
}
