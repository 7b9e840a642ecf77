package org.coproduce.analysis.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.coproduce.analysis.entity.Language;
import org.coproduce.analysis.entity.PersonalDataKind;
import org.coproduce.analysis.entity.PersonalDataSpan;
import org.junit.jupiter.api.Test;

class PersonalDataFinderTest {

    final PersonalDataFinder finder = new PersonalDataFinder();

    @Test
    void findsTitledNamesAndSuggestsTheJob() {
        String text = "Sister O'Brien and Dr Okafor were great, Mrs Jones less so.";
        List<PersonalDataSpan> spans = finder.find(text, Language.EN);
        assertEquals(List.of("Sister O'Brien", "Dr Okafor", "Mrs Jones"), spans.stream().map(PersonalDataSpan::text).toList());
        assertEquals(List.of("[nurse]", "[doctor]", "[name]"), spans.stream().map(PersonalDataSpan::replacement).toList());
        assertEquals(0, spans.getFirst().start());
        assertEquals(14, spans.getFirst().end());
    }

    @Test
    void findsGermanNamesWithGermanReplacements() {
        String text = "Schwester Anna und Frau Dr. Müller waren toll.";
        List<PersonalDataSpan> spans = finder.find(text, Language.DE);
        assertEquals(List.of("Schwester Anna", "Frau Dr. Müller"), spans.stream().map(PersonalDataSpan::text).toList());
        assertEquals(List.of("[Pflegekraft]", "[Ärztin/Arzt]"), spans.stream().map(PersonalDataSpan::replacement).toList());
    }

    @Test
    void findsNhsNumberOnlyWithAValidCheckDigit() {
        List<PersonalDataSpan> valid = finder.find("NHS no 943 476 5919 please", Language.EN);
        assertEquals(PersonalDataKind.NHS_NUMBER, valid.getFirst().kind());
        assertEquals("943 476 5919", valid.getFirst().text());
        assertTrue(finder.find("ref 943 476 5918 please", Language.EN).stream()
                .noneMatch(s -> s.kind() == PersonalDataKind.NHS_NUMBER));
    }

    @Test
    void findsAddressesPostcodesAndDatesOfBirth() {
        String text = "We live at 14 Mill Lane, Sheffield S1 2HE. Dad's DOB is 12/03/1948.";
        List<PersonalDataSpan> spans = finder.find(text, Language.EN);
        assertEquals(PersonalDataKind.POSTAL_ADDRESS, spans.get(0).kind());
        assertEquals("14 Mill Lane, Sheffield S1 2HE", spans.get(0).text());
        assertEquals(PersonalDataKind.DATE_OF_BIRTH, spans.get(1).kind());
        assertEquals("12/03/1948", text.substring(spans.get(1).start(), spans.get(1).end()));
    }

    @Test
    void findsGermanAddressAndPhone() {
        String text = "Wir wohnen in der Hauptstraße 12, 10115 Berlin, Telefon 030 12345678.";
        List<PersonalDataSpan> spans = finder.find(text, Language.DE);
        assertEquals(List.of(PersonalDataKind.POSTAL_ADDRESS, PersonalDataKind.PHONE), spans.stream().map(PersonalDataSpan::kind).toList());
        assertEquals("Hauptstraße 12, 10115 Berlin", spans.get(0).text());
        assertEquals("030 12345678", spans.get(1).text());
    }

    @Test
    void leavesWaitsWardsAndAppointmentDatesAlone() {
        assertEquals(List.of(), finder.find("Waited 45 minutes on Ward 12, appointment on 12/03/2024 cancelled.", Language.EN));
    }

    @Test
    void redactsWithTheReplacements() {
        String text = "Call Nurse Smith on 07700 900123.";
        assertEquals("Call [nurse] on [phone].", PersonalDataFinder.redact(text, finder.find(text, Language.EN)));
    }

    @Test
    void plantedEnglishPersonalDataIsFoundWithHighRecallAndPrecision() {
        PersonalDataScore score = PersonalDataScore.measure(Language.EN);
        assertTrue(score.recall() >= 0.95, "recall " + score.recall() + " " + score.misses());
        assertTrue(score.precision() >= 0.95, "precision " + score.precision() + " " + score.misses());
    }

    @Test
    void plantedGermanPersonalDataIsFoundWithHighRecallAndPrecision() {
        PersonalDataScore score = PersonalDataScore.measure(Language.DE);
        assertTrue(score.recall() >= 0.95, "recall " + score.recall() + " " + score.misses());
        assertTrue(score.precision() >= 0.95, "precision " + score.precision() + " " + score.misses());
    }
}
