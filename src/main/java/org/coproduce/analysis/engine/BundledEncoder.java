package org.coproduce.analysis.engine;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * An encoder whose ONNX model and tokenizer come in a langchain4j jar ({@code name}.onnx, {@code name}-tokenizer.json),
 * run by the library's own {@link OnnxBertBiEncoder} (tokenising, 510-token windows, pooling, unit length: the same
 * vectors) but on a session with our options. The library's model classes open their session with ONNX Runtime's
 * defaults, a pool of intra-op threads as large as the machine: one calling thread then takes every core, and callers on
 * several threads make their pools fight over the cores (issue 18 item 5). Here each run stays on its calling thread
 * ({@link #THREADS}, default 1), so that throughput grows with the threads that analyse, one per core.
 */
record BundledEncoder(String name, PoolingMode pooling) {

    /**
     * Intra-op threads of each run: COPRODUCE_EMBEDDING_THREADS (or -Dcoproduce.embedding.threads); 1 by default, 0 for
     * ONNX Runtime's default (one per core, what a single analysing thread on an otherwise idle machine gains from).
     */
    static final int THREADS = Integer.parseInt(System.getProperty("coproduce.embedding.threads",
            System.getenv().getOrDefault("COPRODUCE_EMBEDDING_THREADS", "1")).trim());

    EmbeddingModel load() {
        ClassLoader loader = BundledEncoder.class.getClassLoader();
        try (InputStream model = loader.getResourceAsStream(name + ".onnx");
                InputStream tokenizer = loader.getResourceAsStream(name + "-tokenizer.json");
                OrtSession.SessionOptions options = options()) {
            if (model == null || tokenizer == null) {
                throw new IllegalStateException("embedding model " + name + " is not on the class path");
            }
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OnnxBertBiEncoder encoder = new OnnxBertBiEncoder(environment,
                    environment.createSession(model.readAllBytes(), options), tokenizer, pooling);
            return new AbstractInProcessEmbeddingModel(Runnable::run) {
                @Override
                protected OnnxBertBiEncoder model() {
                    return encoder;
                }

                @Override
                protected Integer knownDimension() {
                    return 384;
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot open embedding model " + name, e);
        }
    }

    private static OrtSession.SessionOptions options() throws OrtException {
        var options = new OrtSession.SessionOptions();
        options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
        if (THREADS > 0) {
            options.setIntraOpNumThreads(THREADS);
        }
        options.setInterOpNumThreads(1);
        // Threads that spin while waiting for work would take a core from another caller.
        options.addConfigEntry("session.intra_op.allow_spinning", "0");
        return options;
    }
}
