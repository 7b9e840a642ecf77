package org.coproduce.analysis.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.coproduce.analysis.entity.Language;
import org.junit.jupiter.api.Test;

class LanguageDetectionTest {

    static final LanguageDetection detection = new LanguageDetection();

    @Test
    void detectsEnglish() {
        assertEquals(Language.EN, detection.detect("The staff on the ward were kind but we waited four hours to be seen."));
        assertEquals(Language.EN, detection.detect("Very good."));
    }

    @Test
    void detectsGerman() {
        assertEquals(Language.DE, detection.detect("Das Personal war freundlich, aber wir mussten vier Stunden warten."));
        assertEquals(Language.DE, detection.detect("Sehr gut, danke!"));
        assertEquals(Language.DE, detection.detect("Pflegekräfte überlastet."));
    }
}
