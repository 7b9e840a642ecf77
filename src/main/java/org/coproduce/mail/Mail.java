package org.coproduce.mail;

import java.util.List;
import java.util.Locale;

/**
 * One plain-text message to one address, with files attached or none; a message to a member of
 * the public carries how to unsubscribe ({@link #toPublic}), staff mail does not ({@code unsubscribe} null).
 */
public record Mail(String to, String subject, String text, Unsubscribe unsubscribe, List<Attachment> attachments) {

    public Mail {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A message to staff. */
    public Mail(String to, String subject, String text) {
        this(to, subject, text, null, List.of());
    }

    public Mail(String to, String subject, String text, Unsubscribe unsubscribe) {
        this(to, subject, text, unsubscribe, List.of());
    }

    /** The same message with these files attached (sent as multipart/mixed: the text first, then each file). */
    public Mail attaching(List<Attachment> files) {
        return new Mail(to, subject, text, unsubscribe, files);
    }

    /**
     * A message to a member of the public: the unsubscribe link is added to the text (key
     * {@code unsubscribe.text}) and goes into the {@code List-Unsubscribe} headers.
     */
    public static Mail toPublic(String to, Locale locale, String subject, String text, Unsubscribe unsubscribe) {
        return new Mail(to, subject, text + Templates.text(locale, "unsubscribe.text", unsubscribe.page()), unsubscribe);
    }

    /** As {@link #toPublic(String, Locale, String, String, Unsubscribe)}, with its own unsubscribe wording (a key with {0}, the link). */
    public static Mail toPublic(String to, Locale locale, String subject, String text, Unsubscribe unsubscribe, String unsubscribeKey) {
        return new Mail(to, subject, text + Templates.text(locale, unsubscribeKey, unsubscribe.page()), unsubscribe);
    }
}
