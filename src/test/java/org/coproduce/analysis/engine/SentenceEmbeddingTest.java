package org.coproduce.analysis.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SentenceEmbeddingTest {

    @Test
    void bgeIsTheEncoderUnlessAnotherIsNamed() {
        assertEquals(SentenceEmbedding.Encoder.MINILM, SentenceEmbedding.Encoder.named(null));
        assertEquals(SentenceEmbedding.Encoder.BGE, SentenceEmbedding.Encoder.named(" BGE "));
        assertEquals(SentenceEmbedding.Encoder.MINILM, SentenceEmbedding.Encoder.named("minilm"));
        assertEquals(SentenceEmbedding.Encoder.MINILM_BGE, SentenceEmbedding.Encoder.named("minilm+bge"));
        assertThrows(IllegalArgumentException.class, () -> SentenceEmbedding.Encoder.named("bert-large"));
    }

    @Test
    void encodersHaveDistinctNamesSoTheirCachesNeverMix() {
        assertEquals(SentenceEmbedding.Encoder.values().length, java.util.Arrays.stream(SentenceEmbedding.Encoder.values())
                .map(e -> e.model).distinct().count());
    }

    @Test
    void embedsInProcessAndPutsSimilarComplaintsCloserThanUnrelatedOnes() {
        float[] kind = SentenceEmbedding.embed("The nurse was very kind to my mother.");
        float[] caring = SentenceEmbedding.embed("The staff on the ward were caring and gentle.");
        float[] parking = SentenceEmbedding.embed("There were no free spaces in the car park.");
        assertEquals(SentenceEmbedding.DIMENSIONS, kind.length);
        assertEquals(1.0, dot(kind, kind), 1e-3);
        assertTrue(dot(kind, caring) > dot(kind, parking) + 0.05, dot(kind, caring) + " vs " + dot(kind, parking));
        assertEquals(0.0, dot(SentenceEmbedding.embed(" "), kind), 0.0);
    }

    @Test
    void ourSessionGivesTheLibrarysVectors() {
        EmbeddingModel library = switch (SentenceEmbedding.ENCODER) {
            case BGE -> new BgeSmallEnV15QuantizedEmbeddingModel();
            case MINILM -> new AllMiniLmL6V2QuantizedEmbeddingModel();
            default -> null;
        };
        org.junit.jupiter.api.Assumptions.assumeTrue(library != null, "one of the library's quantised encoders");
        String longer = "The discharge letter never reached our GP, so nobody followed up on the new tablets. ".repeat(40);
        for (String text : java.util.List.of("The nurse was very kind to my mother.",
                "Die Wartezeit in der Notaufnahme war viel zu lang, niemand hat uns informiert.", longer)) {
            assertArrayEquals(library.embed(text).content().vector(), SentenceEmbedding.embed(text), 1e-5f, text);
        }
    }

    @Test
    void aStorysVectorIsItsSentencesMeanWeightedByLengthAtUnitLength() {
        float[] a = {1, 0}, b = {0, 1};
        assertEquals(null, SentenceEmbedding.pooled(java.util.List.of(), java.util.List.of()));
        assertTrue(a == SentenceEmbedding.pooled(java.util.List.of("One."), java.util.List.of(a)));
        float[] pooled = SentenceEmbedding.pooled(java.util.List.of("Short.", " A sentence three times as long. "), java.util.List.of(a, b));
        assertEquals(1.0, dot(pooled, pooled), 1e-6);
        assertEquals(6.0 / 31, pooled[0] / pooled[1], 1e-6);
        assertTrue(SentenceEmbedding.POOLED, "pooled is the default");
    }

    @Test
    void aThemeWithItsOwnThresholdUsesItOthersTheCommonOrRareOne() {
        Blend blend = new Blend(0.5, 0.5, 0.4, 0, 0, 1, Map.of("staff.manner", 0.65));
        assertEquals(0.65, blend.threshold("staff.manner", true));
        assertEquals(0.5, blend.threshold("access.timeliness", true));
        assertEquals(0.4, blend.threshold("journey.discharge", false));
    }

    private static double dot(float[] a, float[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d += a[i] * b[i];
        }
        return d;
    }
}
