package org.coproduce.mail;

import java.util.Locale;

/**
 * One plain-text message to one address; a message to a member of the public carries how to
 * unsubscribe ({@link #toPublic}), staff mail does not ({@code unsubscribe} null).
 */
public record Mail(String to, String subject, String text, Unsubscribe unsubscribe) {

    /** A message to staff. */
    public Mail(String to, String subject, String text) {
        this(to, subject, text, null);
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
