package org.coproduce.analysis.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ModelChunksTest {

    @Test
    void gzipRoundTripsAndShrinksRepetitiveModels() {
        byte[] model = new byte[3 * ModelChunks.CHUNK];
        var random = new Random(42);
        for (int i = 0; i < model.length; i++) {
            model[i] = (byte) random.nextInt(16);
        }
        byte[] packed = ModelChunks.gzip(model);
        assertTrue(packed.length < model.length * 0.7, packed.length + " of " + model.length);
        assertArrayEquals(model, ModelChunks.gunzip(packed));
    }
}
