package org.coproduce.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The English texts are the ones the e-mails always had; German has the same keys. */
class TemplatesTest {

    private static final String BASE = "http://localhost:8080";

    @Test
    void alertsReadAsBefore() {
        assertEquals("Overdue for a response: Bus late", Templates.text(Locale.ENGLISH, "alert.overdue.subject", "Bus late"));
        assertEquals("New story: Bus late", Templates.text(Locale.ENGLISH, "alert.new.subject", "Bus late"));
        assertEquals("A new story was published about a service you follow.\n\nBus late\n" + BASE + "/story.html?id=1234"
                + "\n\nYour inbox: " + BASE + "/staff/inbox.html\n",
                Templates.text(Locale.ENGLISH, "alert.new.text", "Bus late", BASE + "/story.html?id=" + 1234, BASE));
        assertEquals("This story has not been answered in time.\n\nBus late\nL\n\nYour inbox: " + BASE + "/staff/inbox.html\n",
                Templates.text(Locale.ENGLISH, "alert.overdue.text", "Bus late", "L", BASE));
    }

    @Test
    void riseReadsAsBefore() {
        assertEquals("Unusual rise: Waiting at the whole platform", Templates.text(Locale.ENGLISH, "rise.subject", "Waiting",
                Templates.text(Locale.ENGLISH, "rise.platform")));
        assertEquals("In 2026-11, ...\n\nDashboard: " + BASE + "/outcomes.html?from=2025-11&to=2026-11\n",
                Templates.text(Locale.ENGLISH, "rise.text", "In 2026-11, ...", BASE, "from=2025-11&to=2026-11"));
    }

    @Test
    void responseReadsAsBefore() {
        assertEquals("A response to your story: It's {late}", Templates.text(Locale.ENGLISH, "response.subject", "It's {late}"));
        assertEquals("The organisation responsible has answered your story \"It's\" on Coproduce."
                + "\n\nRead the response, and reply if you wish, on your follow page:\nF"
                + "\n\nThe link is yours alone: anyone who has it can follow your story.\n",
                Templates.text(Locale.ENGLISH, "response.text", "It's", "F"));
    }

    @Test
    void differenceReadsAsBefore() {
        assertEquals("Did it make a difference?", Templates.text(Locale.ENGLISH, "difference.subject"));
        assertEquals("You told your story on Coproduce. The organisation that answered it has since made a change:\n\nNew timetable"
                + "\n\nDid it make a difference? Yes, partly, no, or too early to say: answer on your follow page.\nF"
                + "\n\nThe link is yours alone: anyone who has it can follow your story.\n",
                Templates.text(Locale.ENGLISH, "difference.storyteller.text", "New timetable", "F"));
        assertEquals("You said you had experienced a story on Coproduce too. The organisation that answered it has since made a"
                + " change:\n\nNew timetable\n\nDid it make a difference for you? Yes, partly, no, or too early to say:\n"
                + BASE + "/difference.html#T\n",
                Templates.text(Locale.ENGLISH, "difference.other.text", "New timetable", BASE, "T"));
    }

    @Test
    void germanHasTheSameKeysAndIsUsedForGerman() throws IOException {
        assertEquals(keys("mails.properties"), keys("mails_de.properties"));
        assertEquals("Hat es etwas verändert?", Templates.text(Locale.GERMAN, "difference.subject"));
        assertEquals("Did it make a difference?", Templates.text(Locale.FRENCH, "difference.subject"));
    }

    @Test
    void writesToTheStorytellerInTheirLanguageAndToStaffInTheStaffLanguage() {
        assertEquals("Eine Antwort auf Ihre Geschichte: Bus", Templates.text(Templates.locale("de"), "response.subject", "Bus"));
        assertEquals("A response to your story: Bus", Templates.text(Templates.locale("en"), "response.subject", "Bus"));
        assertEquals(Locale.ENGLISH, Templates.locale(null), "a story told before the language was kept");
        assertEquals(Locale.ENGLISH, Templates.staff(), "English unless configured");
        System.setProperty("COPRODUCE_STAFF_LANGUAGE", "DE");
        try {
            assertEquals("Neue Geschichte: Bus", Templates.text(Templates.staff(), "alert.new.subject", "Bus"));
        } finally {
            System.clearProperty("COPRODUCE_STAFF_LANGUAGE");
        }
    }

    @Test
    void writesToAStaffAccountInItsOwnLanguageAndToOneWithoutInTheStaffLanguage() {
        System.setProperty("COPRODUCE_STAFF_LANGUAGE", "de");
        try {
            assertEquals(Locale.ENGLISH, Templates.staff("en"), "the account's own language wins over the installation's");
            assertEquals(Locale.GERMAN, Templates.staff((String) null), "an account from before languages follows the installation");
        } finally {
            System.clearProperty("COPRODUCE_STAFF_LANGUAGE");
        }
        assertEquals(Locale.GERMAN, Templates.staff("de"));
        assertEquals(Locale.ENGLISH, Templates.staff((String) null));
    }

    private static java.util.Set<Object> keys(String file) throws IOException {
        var properties = new Properties();
        try (InputStream in = Templates.class.getResourceAsStream(file)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties.keySet();
    }
}
