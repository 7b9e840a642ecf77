package org.coproduce.stories.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MeTooConfirmationMailTest {

    static MeTooConfirmationMail mail() {
        var mail = new MeTooConfirmationMail();
        mail.contacts = new MeTooContacts() {
            @Override
            String newConfirmation(long contactId) {
                return "fresh-" + contactId;
            }
        };
        mail.unsubscribes = UnsubscribesTest.unsubscribes();
        return mail;
    }

    @Test
    void asksToConfirmThroughThePageAndCanBeUnsubscribed() {
        var sent = mail().compose(new MeTooContacts.Contact(7, "reader@example.org", "en"), Instant.EPOCH);
        assertEquals(1, sent.size());
        var message = sent.getFirst();
        assertEquals("reader@example.org", message.to());
        assertEquals("Please confirm your e-mail address", message.subject());
        assertTrue(message.text().contains("/confirm.html#fresh-7"), "a page whose button confirms, not the API: " + message.text());
        assertTrue(message.text().contains("works for 7 days"), message.text());
        assertTrue(message.unsubscribe().oneClick().contains("token=m7."), message.unsubscribe().oneClick());
    }

    @Test
    void inTheLanguageOfThePageTheAddressWasLeftOn() {
        var message = mail().compose(new MeTooContacts.Contact(7, "leserin@example.org", "de"), Instant.EPOCH).getFirst();
        assertEquals("Bitte bestätigen Sie Ihre E-Mail-Adresse", message.subject());
        assertTrue(message.text().contains("Keine weiteren E-Mails zu dieser Geschichte"), message.text());
    }
}
