package org.coproduce.stories.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.coproduce.mail.Mail;
import org.coproduce.mail.MailTask;
import org.coproduce.mail.Templates;
import org.coproduce.platform.Settings;

/**
 * The one e-mail an unconfirmed "me too" address gets (outbox task {@value #KIND}): a link to
 * confirm it, in the language of the page it was left on. The link opens a page whose button
 * confirms, so a mail scanner fetching the link confirms nothing. Nothing of the story is in it.
 * At least once: a crash between sending and committing sends it again, with a new link (the
 * earlier one stops working).
 */
@ApplicationScoped
public class MeTooConfirmationMail extends MailTask<MeTooContacts.Contact> {

    public static final String KIND = "email-me-too-confirm";

    @Inject
    MeTooContacts contacts;

    @Inject
    Unsubscribes unsubscribes;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    protected Optional<MeTooContacts.Contact> load(long contactId) {
        return contacts.unconfirmed(contactId);
    }

    @Override
    protected List<Mail> compose(MeTooContacts.Contact contact, Instant now) {
        var locale = Templates.locale(contact.language());
        String link = Settings.baseUrl() + "/confirm.html#" + contacts.newConfirmation(contact.id());
        return List.of(Mail.toPublic(contact.email(), locale, Templates.text(locale, "metoo.confirm.subject"),
                Templates.text(locale, "metoo.confirm.text", link, MeTooContacts.CONFIRM_DAYS), unsubscribes.meToo(contact.id())));
    }
}
