package org.coproduce.analysis.engine;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import org.coproduce.analysis.entity.Language;

/**
 * Keeps the trained models in a file so that only the first start of an instance pays for
 * training (tens of seconds); later starts load them in about a second. The file name carries a
 * checksum of the training data and settings, so changed data or settings retrain. The caller
 * names the directory (analysis.control.AnalysisSettings reads it from the settings); none
 * disables caching. A cache that cannot be read or written is ignored.
 */
final class ModelCache {

    private final Optional<Path> file;

    ModelCache(Optional<Path> directory, String key) {
        file = directory.map(dir -> dir.resolve("coproduce-analysis-" + key + ".bin"));
    }

    static String key(String... parts) {
        CRC32 crc = new CRC32();
        for (String part : parts) {
            crc.update(part.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return Long.toHexString(crc.getValue());
    }

    ModelTraining.Models get(Supplier<ModelTraining.Models> training) {
        Optional<ModelTraining.Models> cached = file.filter(Files::isReadable).flatMap(ModelCache::read);
        if (cached.isPresent()) {
            return cached.get();
        }
        ModelTraining.Models models = training.get();
        file.ifPresent(path -> write(path, models));
        return models;
    }

    private static Optional<ModelTraining.Models> read(Path path) {
        try {
            return ModelBytes.readGzipped(Files.readAllBytes(path), ModelCache::read);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<ModelTraining.Models> read(DataInputStream in) throws IOException {
        Map<Language, ThemeModel> themes = new EnumMap<>(Language.class);
        Map<Language, SentimentModel> sentiments = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            themes.put(language, ThemeModel.fromBytes(ModelBytes.readBlock(in)));
            sentiments.put(language, SentimentModel.fromBytes(ModelBytes.readBlock(in)));
        }
        CriticalityModel criticality = new CriticalityModel(ThemeModel.fromBytes(ModelBytes.readBlock(in)));
        DenseModels dense = in.readBoolean() ? DenseModels.read(in) : null;
        if (Analyser.EMBEDDINGS && dense == null) {
            return Optional.empty();
        }
        return Optional.of(new ModelTraining.Models(themes, sentiments, criticality, dense));
    }

    private static void write(Path path, ModelTraining.Models models) {
        try {
            byte[] bytes = ModelBytes.gzipped(out -> write(out, models));
            Files.createDirectories(path.getParent());
            Path temporary = Files.createTempFile(path.getParent(), "coproduce-analysis", ".tmp");
            Files.write(temporary, bytes);
            Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UncheckedIOException e) {
            System.getLogger(ModelCache.class.getName()).log(System.Logger.Level.WARNING, "model cache not written", e);
        }
    }

    private static void write(DataOutputStream out, ModelTraining.Models models) throws IOException {
        for (Language language : Language.values()) {
            ModelBytes.writeBlock(out, models.themes().get(language).toBytes());
            ModelBytes.writeBlock(out, models.sentiments().get(language).toBytes());
        }
        ModelBytes.writeBlock(out, models.criticality().toBytes());
        out.writeBoolean(models.dense() != null);
        if (models.dense() != null) {
            models.dense().write(out);
        }
    }
}
