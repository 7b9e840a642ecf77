package org.coproduce.analysis.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coproduce.analysis.entity.Language;
import org.coproduce.analysis.entity.PersonalDataKind;
import org.coproduce.analysis.entity.PersonalDataSpan;

/**
 * Pattern-based personal data: e-mail, phone, NHS and record numbers, dates of birth, addresses.
 * Every pattern runs in linear time on any text (PersonalDataLinearTimeTest): runs of spaces are
 * matched possessively, and an e-mail starts only where a run of its characters starts.
 */
final class PersonalDataPatterns {

    private static final String MONTHS = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Januar|Februar|März|Mai|Juni|Juli"
            + "|Oktober|Dezember)";
    private static final String DATE = "(?:\\d{1,2}[./-]\\d{1,2}[./-](?:19|20)?\\d{2}|\\d{1,2}(?:st|nd|rd|th)?\\.?\\s++(?:of\\s++)?"
            + MONTHS + ",?\\s++(?:19|20)\\d{2}|" + MONTHS + "\\s++\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d{2}|(?:19|20)\\d{2}-\\d{2}-\\d{2})";
    static final Pattern EMAIL = Pattern.compile("(?<![\\p{L}0-9._%+-])[\\p{L}0-9._%+-]++@[\\p{L}0-9.-]+\\.[A-Za-z]{2,}");
    static final Pattern NHS = Pattern.compile("(?<![\\d+])\\d{3}[ -]?\\d{3}[ -]?\\d{4}(?!\\d)");
    static final Pattern PHONE = Pattern.compile("(?<![\\w+])(?:(?:\\+|00)(?:44|49)[\\s-]?(?:\\(0\\)[\\s-]?)?\\(?\\d{2,5}\\)?"
            + "|\\(?0\\d{2,5}\\)?)(?:[\\s/-]?\\d{2,8}){1,4}(?!\\d)");
    static final Pattern DATE_OF_BIRTH = Pattern.compile("(?i:\\bd\\.?o\\.?b\\.?|date of birth|born(?: on)?|birthday"
            + "|geboren(?: am)?|geb\\.|geburtsdatum|geburtstag)\\s*+(?:(?:is|was|ist|war|:)\\s*+)?(?:(?:am|on|the)\\s++)?(" + DATE + ")");
    static final Pattern RECORD = Pattern.compile("(?i:hospital number|patient number|patient id|nhs number|mrn|case number"
            + "|reference(?: number)?|ref\\.?|record number|krankenversichertennummer|versichertennummer|patientennummer"
            + "|fallnummer|aktenzeichen|az\\.|kundennummer)\\s*+(?:(?:is|was|ist|lautet|:|no\\.?|nr\\.?)\\s*+)?(?:is\\s++)?"
            + "([A-Za-z]{0,4}[-/ ]?\\d[\\dA-Za-z/-]{3,14})");
    static final Pattern INSURANCE_NUMBER = Pattern.compile("\\b[A-Z]\\d{9}\\b");
    static final Pattern UK_POSTCODE = Pattern.compile("\\b(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\\d[A-Z\\d]? ?\\d[ABD-HJLNP-UW-Z]{2})\\b");
    static final Pattern UK_STREET = Pattern.compile("\\b\\d{1,4}[a-z]?,?\\s+(?:[A-Z][a-z']+\\s+){1,3}(?:Street|St|Road|Rd"
            + "|Avenue|Ave|Lane|Ln|Close|Drive|Dr|Way|Crescent|Court|Place|Terrace|Gardens|Grove|Hill|Row|Square|Walk)\\b\\.?");
    static final Pattern DE_STREET = Pattern.compile("\\b(?:[A-ZÄÖÜ][a-zäöüß]+[- ])?(?:[A-ZÄÖÜ][a-zäöüß]*(?:straße|strasse|str\\."
            + "|weg|gasse|platz|allee|ring|damm|ufer|chaussee)|Straße|Weg|Gasse|Platz|Allee|Ring|Damm|Ufer|Chaussee)"
            + "\\s+\\d{1,4}\\s?[a-z]?\\b");
    static final Pattern DE_PLZ = Pattern.compile("(?<!\\d)(?:D-)?\\d{5}\\s+[A-ZÄÖÜ][a-zäöüß]+(?:\\s(?:am|an der|im)\\s[A-ZÄÖÜ][a-zäöüß]+)?");

    private PersonalDataPatterns() {
    }

    static List<PersonalDataSpan> find(String text, Language language) {
        boolean de = language == Language.DE;
        List<PersonalDataSpan> spans = new ArrayList<>();
        add(spans, text, EMAIL.matcher(text), 0, PersonalDataKind.EMAIL, de ? "[E-Mail]" : "[email]");
        add(spans, text, DATE_OF_BIRTH.matcher(text), 1, PersonalDataKind.DATE_OF_BIRTH, de ? "[Geburtsdatum]" : "[date of birth]");
        add(spans, text, RECORD.matcher(text), 1, PersonalDataKind.RECORD_NUMBER, de ? "[Nummer]" : "[record number]");
        add(spans, text, INSURANCE_NUMBER.matcher(text), 0, PersonalDataKind.RECORD_NUMBER, de ? "[Nummer]" : "[record number]");
        Matcher nhs = NHS.matcher(text);
        while (nhs.find()) {
            if (NhsNumber.isValid(nhs.group())) {
                spans.add(span(text, nhs.start(), nhs.end(), PersonalDataKind.NHS_NUMBER, de ? "[NHS-Nummer]" : "[NHS number]"));
            }
        }
        add(spans, text, PHONE.matcher(text), 0, PersonalDataKind.PHONE, de ? "[Telefon]" : "[phone]");
        String address = de ? "[Adresse]" : "[address]";
        add(spans, text, UK_STREET.matcher(text), 0, PersonalDataKind.POSTAL_ADDRESS, address);
        add(spans, text, UK_POSTCODE.matcher(text), 0, PersonalDataKind.POSTCODE, de ? "[Postleitzahl]" : "[postcode]");
        add(spans, text, DE_STREET.matcher(text), 0, PersonalDataKind.POSTAL_ADDRESS, address);
        add(spans, text, DE_PLZ.matcher(text), 0, PersonalDataKind.POSTCODE, de ? "[PLZ Ort]" : "[postcode]");
        return spans;
    }

    private static void add(List<PersonalDataSpan> spans, String text, Matcher m, int group, PersonalDataKind kind, String replacement) {
        while (m.find()) {
            if (m.group(group).replaceAll("\\D", "").length() >= minimumDigits(kind)) {
                spans.add(span(text, m.start(group), m.end(group), kind, replacement));
            }
        }
    }

    private static int minimumDigits(PersonalDataKind kind) {
        return switch (kind) {
            case PHONE -> 9;
            case RECORD_NUMBER -> 4;
            default -> 0;
        };
    }

    static PersonalDataSpan span(String text, int start, int end, PersonalDataKind kind, String replacement) {
        return new PersonalDataSpan(kind, start, end, text.substring(start, end), replacement);
    }
}
