package org.coproduce.analysis.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coproduce.analysis.entity.Language;
import org.coproduce.analysis.entity.Sentiment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cache written by one start is read by the next: each model reads back to the very bytes it was written as. */
class ModelCacheTest {

    private static final DenseMlp.Settings SMALL = new DenseMlp.Settings(8, 5, 0.01, 1e-4, 16, 2, 1);
    private static final List<String> CODES = List.of("t0", "t1", "t2");

    @TempDir
    Path dir;

    @Test
    void writesTheModelsItReadAgainByteForByte() throws IOException {
        byte[] written = cached(dir.resolve("first"), models());
        ModelTraining.Models read = new ModelCache(Optional.of(dir.resolve("first")), "key")
                .get(() -> fail("the cache was not read"));
        assertArrayEquals(written, cached(dir.resolve("second"), read));
    }

    @Test
    void eachModelReadsBackToTheBytesItWasWrittenAs() {
        ThemeModel themes = ThemeModel.train(ThemeModelTest.examples(), List.of("food", "waiting"), ThemeTraining.standard());
        assertArrayEquals(themes.toBytes(), ThemeModel.fromBytes(themes.toBytes()).toBytes());
        SentimentModel sentiment = sentiment();
        assertArrayEquals(sentiment.toBytes(), SentimentModel.fromBytes(sentiment.toBytes()).toBytes());
        int[] y = new int[90];
        float[][] x = DenseLogisticTest.rows(90, y, 3);
        DenseLogistic logistic = DenseLogistic.train(x, y, 3, null, DenseLogistic.Settings.STANDARD);
        assertArrayEquals(logistic.toBytes(), DenseLogistic.fromBytes(logistic.toBytes()).toBytes());
        DenseMlp mlp = DenseMlp.train(x, y, 3, null, SMALL);
        assertArrayEquals(mlp.toBytes(), DenseMlp.fromBytes(mlp.toBytes()).toBytes());
        for (DenseThemeModel model : List.of(denseThemes(x, y, null), denseThemes(x, y, SMALL))) {
            assertArrayEquals(model.toBytes(), DenseThemeModel.fromBytes(model.toBytes()).toBytes());
        }
        DenseModels withoutGerman = new DenseModels(denseThemes(x, y, SMALL), mlp, null, denseThemes(x, y, null));
        byte[] bytes = ModelBytes.of(withoutGerman::write);
        assertArrayEquals(bytes, ModelBytes.of(ModelBytes.read(bytes, DenseModels::read)::write));
    }

    private static byte[] cached(Path directory, ModelTraining.Models models) throws IOException {
        new ModelCache(Optional.of(directory), "key").get(() -> models);
        return Files.readAllBytes(directory.resolve("coproduce-analysis-key.bin"));
    }

    /** Every kind of model the cache holds, dense ones with German themes. */
    private static ModelTraining.Models models() {
        Map<Language, ThemeModel> themes = new EnumMap<>(Language.class);
        Map<Language, SentimentModel> sentiments = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            themes.put(language, ThemeModel.train(ThemeModelTest.examples(), List.of("food", "waiting"), ThemeTraining.standard()));
            sentiments.put(language, sentiment());
        }
        int[] y = new int[90];
        float[][] x = DenseLogisticTest.rows(90, y, 3);
        DenseModels dense = new DenseModels(denseThemes(x, y, SMALL), DenseMlp.train(x, y, 3, null, SMALL),
                denseThemes(x, y, null), denseThemes(x, y, null));
        return new ModelTraining.Models(themes, sentiments, criticality(), dense);
    }

    private static SentimentModel sentiment() {
        return SentimentModel.train(List.of(
                ThemeModelTest.example("kind staff and a clean ward", Sentiment.POSITIVE.code()),
                ThemeModelTest.example("thank you for the care", Sentiment.POSITIVE.code()),
                ThemeModelTest.example("good food but a long wait", Sentiment.MIXED.code()),
                ThemeModelTest.example("rude staff and a dirty ward", Sentiment.NEGATIVE.code()),
                ThemeModelTest.example("nobody answered the phone", Sentiment.NEGATIVE.code())));
    }

    private static CriticalityModel criticality() {
        return CriticalityModel.train(List.of(
                ThemeModelTest.example("lovely nurses", "0"), ThemeModelTest.example("the wait was long", "2"),
                ThemeModelTest.example("they ignored my mother for hours", "4"), ThemeModelTest.example("fine", "0")));
    }

    private static DenseThemeModel denseThemes(float[][] x, int[] y, DenseMlp.Settings mlp) {
        List<Set<String>> labels = Arrays.stream(y).mapToObj(c -> Set.of("t" + c)).toList();
        return mlp == null
                ? DenseThemeModel.train(List.of(x), labels, CODES, 4, DenseLogistic.Settings.STANDARD, false)
                : DenseThemeModel.train(List.of(x), labels, CODES, 4, DenseLogistic.Settings.STANDARD, mlp, false);
    }
}
