package org.coproduce.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ProblemTextsTest {

    /** A message written as one string literal where a problem is raised (exception, violation, constraint, title). */
    private static final List<Pattern> RAISED = List.of(
            Pattern.compile("new (?:InvalidInput|Violation)\\(\\s*[^;]*?,\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*\\)"),
            Pattern.compile("new (?:Conflict|Forbidden|IllegalTransition|NotAuthorizedException)\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*[,)]"),
            Pattern.compile("message = \"((?:[^\"\\\\]|\\\\.)*)\""),
            Pattern.compile("super\\(\"((?:[^\"\\\\]|\\\\.)*)\"\\s*[,)]"),
            Pattern.compile("Problem\\.of\\(\\d+, \"[^\"]*\", \"([^\"]*)\""),
            Pattern.compile("case \\d+ -> \"([^\"]*)\""));

    private final ProblemTexts german = ProblemTexts.GERMAN;

    @Test
    void everyMessageWrittenInTheSourceHasAGermanText() throws IOException {
        var missing = new ArrayList<String>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (Pattern raised : RAISED) {
                    var m = raised.matcher(source);
                    while (m.find()) {
                        String message = m.group(1).replace("\\\"", "\"");
                        if (!german.knows(message)) {
                            missing.add(file.getFileName() + ": " + message);
                        }
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "no German text for:\n" + String.join("\n", missing));
    }

    @Test
    void translatesTheVaryingPartsOfAMessageWhenItKnowsThem() {
        assertEquals("Nicht gefunden: Zuordnungsregel 42.", german.translate("There is no routing rule 42."));
        assertEquals("Nicht gefunden: Geschichte mit dieser Kennung.", german.translate("There is no story with this id."));
        assertEquals("Nicht gefunden: Geschichte zu diesem Link.", german.translate("There is no story for this link."));
        assertEquals("Eine Geschichte im Zustand „veröffentlicht“ kann nicht abgelehnt werden.",
                german.translate("Cannot reject a story that is published."));
        assertEquals("muss eines davon sein: [HEALTH, HOUSING]", german.translate("must be one of [HEALTH, HOUSING]"));
        assertEquals("Dienst 7 ist kein Dienst dieser Organisation", german.translate("service 7 is not a service of this organisation"));
        assertEquals("2021 hat die Wochen 01 bis 52", german.translate("2021 has weeks 01 to 52"));
        assertEquals("Bei uns ist etwas schiefgegangen. Vorfall 3f2a-9.", german.translate("Something went wrong on our side. Incident 3f2a-9."));
        assertEquals("storyIds 4, 5 wurden weder dieser Organisation noch einer darunter zugeleitet; serviceIds 9 sind keine Dienste"
                + " dieser Organisation oder einer darunter.", german.translate("storyIds 4, 5 were not routed to this organisation or"
                + " one under it; serviceIds 9 are not services of this organisation or one under it."));
    }

    @Test
    void translatesBeanValidationsOwnMessagesMostSpecificFirst() {
        assertEquals("darf nicht leer sein", german.translate("must not be blank"));
        assertEquals("Länge muss zwischen 0 und 200 liegen", german.translate("size must be between 0 and 200"));
        assertEquals("muss zwischen 1 und 100 liegen", german.translate("must be between 1 and 100"));
        assertEquals("muss größer oder gleich -90 sein", german.translate("must be greater than or equal to -90"));
        assertEquals("muss kleiner als 5 sein", german.translate("must be less than 5"));
    }

    @Test
    void leavesAnUnknownTextAsItIs() {
        assertEquals("Ein Text, den keiner kennt", german.translate("Ein Text, den keiner kennt"));
        assertEquals(null, german.translate(null));
    }

    @Test
    void aProblemInGermanKeepsItsTypeStatusAndFields() {
        var problem = Problem.invalid(List.of(new Violation("story", "tell your story, or answer at least one of the questions"),
                new Violation("title", "must not be blank")));
        var inGerman = ProblemLanguage.in(problem, "de");
        assertEquals("/problems/invalid-input", inGerman.type());
        assertEquals(400, inGerman.status());
        assertEquals("Ungültige Eingabe", inGerman.title());
        assertEquals("Einige Felder fehlen oder sind ungültig: siehe violations.", inGerman.detail());
        assertEquals(List.of(new Violation("story", "erzählen Sie Ihre Geschichte, oder beantworten Sie mindestens eine der Fragen"),
                new Violation("title", "darf nicht leer sein")), inGerman.violations());
        assertEquals(problem, ProblemLanguage.in(problem, "en"));
        var notFound = ProblemLanguage.in(Problem.forStatus(404, new NotFound("story", "9").getMessage()), "de");
        assertEquals("Nicht gefunden", notFound.title());
        assertEquals("Nicht gefunden: Geschichte 9.", notFound.detail());
    }

    @Test
    void answersInTheFirstOfGermanOrEnglishTheCallerAccepts() {
        assertEquals("de", ProblemLanguage.of(Stream.of(Locale.FRENCH, Locale.GERMANY, Locale.ENGLISH)));
        assertEquals("en", ProblemLanguage.of(Stream.of(Locale.UK, Locale.GERMAN)));
        assertEquals("en", ProblemLanguage.of(Stream.of(Locale.FRENCH)));
        assertEquals("en", ProblemLanguage.of(Stream.empty()));
    }
}
