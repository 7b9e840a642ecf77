package org.coproduce.analysis.engine;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;

/**
 * The evaluation's embeddings of labelled texts, kept on disk under target/ between runs
 * (embedding 20,000 texts costs minutes of CPU): text → vector, computed once.
 */
final class EmbeddingCache {

    static final Path FILE = Path.of(System.getProperty("embeddings.cache",
            "target/embeddings/" + SentenceEmbedding.ENCODER.name().toLowerCase(java.util.Locale.ROOT) + ".bin"));
    private static final Map<String, float[]> CACHE = new ConcurrentHashMap<>();
    private static boolean loaded;

    private EmbeddingCache() {
    }

    static synchronized void ensure(Collection<String> texts) {
        load();
        List<String> missing = new LinkedHashSet<>(texts).stream().filter(t -> !CACHE.containsKey(t)).toList();
        if (missing.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        int threads = Integer.getInteger("embeddings.threads", 2);
        try (ForkJoinPool pool = new ForkJoinPool(threads)) {
            pool.submit(() -> missing.parallelStream().forEach(t -> CACHE.put(t, SentenceEmbedding.embed(t)))).join();
        }
        System.out.printf("embedded %d texts in %.0f s (%d threads)%n", missing.size(), (System.nanoTime() - start) / 1e9, threads);
        save();
    }

    static float[] get(String text) {
        float[] v = CACHE.get(text);
        if (v == null) {
            v = SentenceEmbedding.embed(text);
            CACHE.put(text, v);
        }
        return v;
    }

    /**
     * A text's own vector as the application makes it ({@link SentenceEmbedding#POOLED}): pooled from its sentences'
     * vectors (cached by sentence), or the whole text's.
     */
    static float[] document(String text, List<String> sentences) {
        float[] pooled = SentenceEmbedding.POOLED
                ? SentenceEmbedding.pooled(sentences, sentences.stream().map(EmbeddingCache::get).toList()) : null;
        return pooled != null ? pooled : get(text);
    }

    /** {@link #document} of each text, the missing vectors embedded on the evaluation's threads first. */
    static List<float[]> documents(List<String> texts) {
        if (!SentenceEmbedding.POOLED) {
            ensure(texts);
            return texts.stream().map(EmbeddingCache::get).toList();
        }
        Nlp nlp = new Nlp();
        List<List<String>> sentences = texts.stream().map(t -> EmbeddingProtocol.sentences(nlp, t)).toList();
        List<String> units = new java.util.ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            units.addAll(sentences.get(i).isEmpty() ? List.of(texts.get(i)) : sentences.get(i));
        }
        ensure(units);
        List<float[]> result = new java.util.ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            result.add(document(texts.get(i), sentences.get(i)));
        }
        return result;
    }

    private static void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (!Files.isReadable(FILE)) {
            return;
        }
        try (var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(FILE), 1 << 16))) {
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                String text = in.readUTF();
                float[] v = new float[in.readInt()];
                for (int j = 0; j < v.length; j++) {
                    v[j] = in.readFloat();
                }
                CACHE.put(text, v);
            }
            System.out.println("embeddings cache: " + count + " texts from " + FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void save() {
        try {
            Files.createDirectories(FILE.getParent());
            Path tmp = FILE.resolveSibling(FILE.getFileName() + ".tmp");
            try (var out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
                out.writeInt(CACHE.size());
                for (var e : CACHE.entrySet()) {
                    out.writeUTF(e.getKey());
                    out.writeInt(e.getValue().length);
                    for (float f : e.getValue()) {
                        out.writeFloat(f);
                    }
                }
            }
            Files.move(tmp, FILE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
