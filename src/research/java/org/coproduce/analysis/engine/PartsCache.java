package org.coproduce.analysis.engine;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The evaluation's maxent outputs per fold (probabilities of the models trained inside each fold), kept under
 * target/ between runs: training the maxent models is most of the protocol's cost, and the choices made on the
 * development folds (blends, thresholds, stackers) can then be re-run in seconds. Deterministic training makes
 * a cached value equal to a recomputed one; delete target/embeddings/parts (or {@code -Dparts.cache=off}) after
 * changing how the maxent models are trained.
 */
final class PartsCache {

    private static final String DIR = System.getProperty("parts.cache", "target/embeddings/parts");

    private PartsCache() {
    }

    @SuppressWarnings("unchecked")
    static <T extends Serializable> T get(String name, Supplier<T> compute) {
        if ("off".equals(DIR)) {
            return compute.get();
        }
        Path file = Path.of(DIR, name + ".ser");
        if (Files.isReadable(file)) {
            try (var in = new ObjectInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
                return (T) in.readObject();
            } catch (IOException | ClassNotFoundException e) {
                System.out.println("parts cache: recomputing " + name + " (" + e + ")");
            }
        }
        T value = compute.get();
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(name + ".tmp");
            try (var out = new ObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
                out.writeObject(value);
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return value;
    }
}
