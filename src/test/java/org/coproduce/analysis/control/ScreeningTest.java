package org.coproduce.analysis.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScreeningTest {

    private final Screening screening = new Screening();

    @Test
    void findsAPhoneNumberInAResponse() {
        var found = screening.screen("Please ring our ward manager on 07700 900123 to talk it over.", "en");
        assertEquals(List.of("phone"), found.personalData());
        assertEquals("personal data: phone", found.summary());
    }

    @Test
    void findsASafeguardingTermInAGermanResponse() {
        var found = screening.screen("Wir nehmen den Hinweis auf Gewalt auf der Station sehr ernst.", "de");
        assertTrue(found.safeguarding().contains("violence"), found.toString());
    }

    @Test
    void aPlainResponseIsClean() {
        assertTrue(screening.screen("Thank you for telling us. We have added two triage nurses at night.", "en").clean());
        assertTrue(screening.screen("Update: it is working.", null).clean());
    }
}
