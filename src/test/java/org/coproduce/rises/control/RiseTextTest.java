package org.coproduce.rises.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Locale;
import org.coproduce.rises.entity.ThemeRise;
import org.junit.jupiter.api.Test;

class RiseTextTest {

    private final ThemeRise rise = new ThemeRise("SERVICE", 7, "waiting", 202611, 9, 20, 0.125, 240, 0.00004, Instant.EPOCH);

    @Test
    void describesARiseInEnglishAsItAlwaysDid() {
        assertEquals("In 2026-11, 9 of 20 stories about Maternity Unit (45%) said \"Waiting\" could improve, against 12.5% of 240"
                + " stories in the 12 months before. A share this high would happen by chance with probability below 0.0001"
                + " (exact binomial test; the alarm level is 0.00135, a 3-sigma control limit).",
                RiseText.describe(rise, "Waiting", "Maternity Unit", Locale.ENGLISH));
    }

    @Test
    void describesARiseInGermanWithGermanNumbers() {
        assertEquals("Im 2026-11 sagten 9 von 20 Geschichten über Geburtsstation (45 %), dass „Wartezeit“ besser werden könnte,"
                + " gegenüber 12,5 % von 240 Geschichten in den 12 Monaten davor. Ein so hoher Anteil käme zufällig mit der"
                + " Wahrscheinlichkeit unter 0,0001 vor (exakter Binomialtest; die Alarmschwelle ist 0,00135, eine"
                + " 3-Sigma-Kontrollgrenze).", RiseText.describe(rise, "Wartezeit", "Geburtsstation", Locale.GERMAN));
    }
}
