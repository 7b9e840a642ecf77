package org.coproduce.analysis.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coproduce.analysis.entity.Language;

/**
 * A test set of sentences with planted personal data at known offsets, generated from templates
 * and value lists in both languages, plus sentences without personal data that look like they
 * might have some (waits, wards, prices, appointment dates, emergency numbers).
 */
final class PlantedPersonalData {

    record Planted(int start, int end, String slot) {
    }

    record Sentence(String text, List<Planted> planted) {
    }

    private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");

    private static final List<String> EN_TEMPLATES = List.of(
            "{TITLED} looked after my father on the ward and was wonderful.",
            "Please ring me on {PHONE} if you need more details.",
            "My email is {EMAIL} if anyone wants to reply.",
            "My mum (date of birth {DOB}) was left waiting on a trolley.",
            "Her NHS number is {NHS} and they still lost her notes.",
            "The ambulance went to the wrong house, we live at {ADDRESS}.",
            "Hospital number {RECORD}, please check the record.",
            "Thanks to {NAME} on reception who sorted it all out.",
            "I spoke to {TITLED} twice but nobody called back.",
            "The transport system does not know the postcode {POSTCODE} at all.",
            "You can reach my daughter on {PHONE} or at {EMAIL}.",
            "{TITLED} and {TITLED} explained everything clearly.",
            "My husband was born on {DOB} and has dementia.",
            "Patient {NHS} was discharged without medication.",
            "{NAME} was the only one who listened to me.",
            "My name is {NAME} and I care for my mother.");
    private static final List<String> DE_TEMPLATES = List.of(
            "{TITLED} hat sich auf der Station rührend um meinen Vater gekümmert.",
            "Rufen Sie mich gerne unter {PHONE} an.",
            "Meine E-Mail-Adresse ist {EMAIL}, falls jemand antworten möchte.",
            "Meine Mutter (geboren am {DOB}) lag stundenlang auf dem Flur.",
            "Ihre Versichertennummer {KVNR} stand sogar auf dem Aushang.",
            "Der Rettungswagen fuhr zur falschen Adresse, wir wohnen in der {ADDRESS}.",
            "Fallnummer {RECORD}, bitte prüfen Sie die Akte.",
            "Vielen Dank an {NAME} am Empfang, die alles geregelt hat.",
            "Ich habe zweimal mit {TITLED} gesprochen, aber niemand hat zurückgerufen.",
            "Sie erreichen meine Tochter unter {PHONE} oder per Mail an {EMAIL}.",
            "{TITLED} und {TITLED} haben alles gut erklärt.",
            "Mein Mann, Geburtsdatum {DOB}, ist dement.",
            "{NAME} war die Einzige, die mir zugehört hat.",
            "Mein Name ist {NAME} und ich pflege meine Mutter.",
            "Die Praxis in der {ADDRESS} ist kaum barrierefrei.",
            "Schicken Sie die Unterlagen bitte an {ADDRESS}.");
    static final List<String> EN_CLEAN = List.of(
            "We waited 45 minutes for the ambulance.", "The nurse was kind and the doctor explained everything.",
            "Ward 12 was clean and quiet.", "I paid £4.50 for two hours of parking.",
            "My appointment on 12/03/2024 was cancelled twice.", "I rang 111 three times before anyone came.",
            "The 999 call handler was calm and reassuring.", "My Sister came to visit every day.",
            "The staff on Ward 7B were brilliant.", "Thank you all so much.",
            "Nothing could have been better, 10 out of 10.", "We arrived at 10.30 and left at 4pm.",
            "Room 101 was freezing at night.", "The Doctor was rude to my Mum.",
            "Waited from 2 pm until 11 pm in A&E on 3 March.", "The GP surgery phone line opens at 8:00.",
            "Thanks to the team at Queens Medical Centre.", "Over 3,000 steps to the outpatients clinic!",
            "I was given 28 tablets instead of 56.", "The bus number 36 stops right outside.");
    static final List<String> DE_CLEAN = List.of(
            "Wir haben 45 Minuten auf den Rettungswagen gewartet.", "Die Schwester war nett und der Arzt hat alles erklärt.",
            "Station 4B war sauber und ruhig.", "Ich habe 4,50 Euro für zwei Stunden Parken bezahlt.",
            "Mein Termin am 12.03.2024 wurde zweimal abgesagt.", "Die Notrufnummer 112 war sofort erreichbar.",
            "Vielen Dank an das ganze Team der Station.", "Meine Schwester hat mich jeden Tag besucht.",
            "Wir kamen um 10:30 Uhr an und gingen um 16 Uhr.", "Zimmer 101 war nachts eiskalt.",
            "Von 14 Uhr bis 23 Uhr in der Notaufnahme gewartet, am 3. März.", "Die Praxis öffnet um 8 Uhr.",
            "Ich bekam 28 Tabletten statt 56.", "Der Bus Linie 36 hält direkt vor der Tür.",
            "Frau Doktor hat sich viel Zeit genommen.", "Die Pflegekräfte waren überlastet.",
            "Alles bestens, 10 von 10 Punkten.", "Der Arzt war unfreundlich zu meiner Mutter.",
            "Die Wartezeit betrug über 3 Stunden.", "Über 2.000 Schritte bis zur Ambulanz!");

    private static final String[] EN_TITLES = {"Dr", "Dr.", "Nurse", "Sister", "Mr", "Mrs", "Ms", "Matron", "Doctor"};
    private static final String[] DE_TITLES = {"Dr.", "Frau", "Herr", "Schwester", "Pfleger", "Frau Dr.", "Oberarzt",
        "Pflegerin", "Herrn"};
    private static final String[] EN_SURNAMES = {"Patel", "Smith", "O'Brien", "Khan", "Williams", "Nowak", "Okafor",
        "McDonald", "Jones", "Taylor-Brown", "Hughes", "Ahmed"};
    private static final String[] DE_SURNAMES = {"Müller", "Schmidt", "Yılmaz", "Weber", "Schäfer", "Becker",
        "Nowak", "Öztürk", "Klein-Hartmann", "Fischer", "Wagner", "Hoffmann"};
    private static final String[] EN_NAMES = {"Sarah Jones", "Ahmed Khan", "Emma", "Claire Wilson", "Tom",
        "Priya Sharma", "Bronwyn Evans", "Kwame", "Siobhan O'Neill", "Gemma"};
    private static final String[] DE_NAMES = {"Anna", "Jürgen Weber", "Petra Schulz", "Ayşe", "Lena Hoffmann",
        "Mehmet", "Svenja Brandt", "Katharina", "Uwe Krüger", "Hildegard"};
    private static final String[] EN_PHONES = {"07700 900123", "0115 496 0123", "020 7946 0958", "+44 7700 900456",
        "(0191) 498 0000", "07700900789", "01632 960 001", "+44 (0)20 7946 0321"};
    private static final String[] DE_PHONES = {"0171 1234567", "030 12345678", "+49 30 1234567", "089/12345678",
        "(0221) 123 45 67", "+49 (0)171 2345678", "0049 40 1234567", "0351-4567890"};
    private static final String[] EN_EMAILS = {"jo.bloggs@example.org", "carer1957@mail.example.com",
        "sam_smith+nhs@example.co.uk", "R.Patel@example.net"};
    private static final String[] DE_EMAILS = {"anna.mueller@example.de", "pflege-papa@beispiel.de",
        "j.weber73@example.com", "Jürgen.Krüger@example.de"};
    private static final String[] EN_DOBS = {"12/03/1948", "3 March 1951", "1st of June 1960", "04-11-1939",
        "22.07.1955", "December 5, 1944"};
    private static final String[] DE_DOBS = {"12.03.1948", "3. März 1951", "1.6.1960", "04.11.39", "22. Juli 1955"};
    private static final String[] EN_RECORDS = {"RX123456", "A1234567", "K-2023-4567", "M0045821"};
    private static final String[] DE_RECORDS = {"2023-45678", "F-778812", "KH 4471123", "109876"};
    private static final String[] EN_ADDRESSES = {"14 Mill Lane, Sheffield S1 2HE", "221b Baker Street, London NW1 6XE",
        "7 Church Road", "3 Elm Grove, Leeds LS6 2AB", "52 Victoria Avenue"};
    private static final String[] DE_ADDRESSES = {"Hauptstraße 12, 10115 Berlin", "Goethestraße 5", "Lindenweg 7a, 80331 München",
        "Berliner Allee 20", "Kirchgasse 3, 60311 Frankfurt"};
    private static final String[] EN_POSTCODES = {"NG7 2UH", "SW1A 1AA", "M1 1AE", "B33 8TH", "CR2 6XH"};

    private PlantedPersonalData() {
    }

    static List<Sentence> sentences(Language language, int count) {
        Random random = new Random(7);
        List<String> templates = language == Language.DE ? DE_TEMPLATES : EN_TEMPLATES;
        List<Sentence> sentences = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sentences.add(fill(templates.get(i % templates.size()), language, random));
        }
        (language == Language.DE ? DE_CLEAN : EN_CLEAN).forEach(text -> sentences.add(new Sentence(text, List.of())));
        return sentences;
    }

    private static Sentence fill(String template, Language language, Random random) {
        StringBuilder text = new StringBuilder();
        List<Planted> planted = new ArrayList<>();
        Matcher m = SLOT.matcher(template);
        int last = 0;
        while (m.find()) {
            text.append(template, last, m.start());
            String value = value(m.group(1), language, random);
            planted.add(new Planted(text.length(), text.length() + value.length(), m.group(1)));
            text.append(value);
            last = m.end();
        }
        text.append(template.substring(last));
        return new Sentence(text.toString(), planted);
    }

    private static String value(String slot, Language language, Random random) {
        boolean de = language == Language.DE;
        return switch (slot) {
            case "TITLED" -> pick(de ? DE_TITLES : EN_TITLES, random) + " " + pick(de ? DE_SURNAMES : EN_SURNAMES, random);
            case "NAME" -> pick(de ? DE_NAMES : EN_NAMES, random);
            case "PHONE" -> pick(de ? DE_PHONES : EN_PHONES, random);
            case "EMAIL" -> pick(de ? DE_EMAILS : EN_EMAILS, random);
            case "DOB" -> pick(de ? DE_DOBS : EN_DOBS, random);
            case "NHS" -> nhsNumber(random);
            case "KVNR" -> (char) ('A' + random.nextInt(26)) + String.format("%09d", random.nextInt(1_000_000_000));
            case "RECORD" -> pick(de ? DE_RECORDS : EN_RECORDS, random);
            case "ADDRESS" -> pick(de ? DE_ADDRESSES : EN_ADDRESSES, random);
            case "POSTCODE" -> pick(EN_POSTCODES, random);
            default -> throw new IllegalArgumentException(slot);
        };
    }

    static String nhsNumber(Random random) {
        while (true) {
            int[] d = new int[9];
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                d[i] = random.nextInt(10);
                sum += d[i] * (10 - i);
            }
            int check = (11 - sum % 11) % 11;
            if (check != 10) {
                StringBuilder s = new StringBuilder();
                for (int digit : d) {
                    s.append(digit);
                }
                String n = s.append(check).toString();
                return random.nextBoolean() ? n : n.substring(0, 3) + " " + n.substring(3, 6) + " " + n.substring(6);
            }
        }
    }

    private static String pick(String[] values, Random random) {
        return values[random.nextInt(values.length)];
    }
}
