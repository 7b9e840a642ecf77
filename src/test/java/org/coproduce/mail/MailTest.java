package org.coproduce.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MailTest {

    static final Unsubscribe LINKS = new Unsubscribe("https://c.example/unsubscribe.html#t", "https://c.example/api/unsubscribe?token=t");

    @Test
    void aMailToThePublicEndsWithTheUnsubscribeLinkInItsLanguage() {
        var english = Mail.toPublic("a@example.org", Locale.ENGLISH, "Subject", "Hello\n", LINKS);
        assertTrue(english.text().startsWith("Hello\n"), english.text());
        assertTrue(english.text().contains("To receive no more e-mails about this story"), english.text());
        assertTrue(english.text().endsWith(LINKS.page() + "\n"), english.text());
        assertEquals(LINKS, english.unsubscribe());
        var german = Mail.toPublic("a@example.org", Locale.GERMAN, "Betreff", "Hallo\n", LINKS);
        assertTrue(german.text().contains("Keine weiteren E-Mails zu dieser Geschichte"), german.text());
    }

    @Test
    void aMailToStaffHasNoUnsubscribeHeader() {
        assertNull(new Mail("staff@example.org", "Subject", "Text").unsubscribe());
    }
}
