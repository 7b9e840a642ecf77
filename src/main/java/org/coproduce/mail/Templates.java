package org.coproduce.mail;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import org.coproduce.platform.Settings;

/**
 * The e-mails' subjects and bodies, in {@code org/coproduce/mail/mails.properties} (English) and
 * {@code mails_de.properties} (German), as {@link MessageFormat} patterns. Arguments are inserted
 * as text (a number is not grouped), so an id or a user's text shows as it is.
 *
 * <p>Whom to write in which language: a storyteller (or a reader who left an address) in the
 * language they used on the pages ({@link #locale(String)}); staff in the platform's staff
 * account's language ({@link #staff(String)}), the platform's staff language {@code COPRODUCE_STAFF_LANGUAGE}
 * ("en" or "de", English by default: {@link #staff()}) when the account has none or the address is no account.
 */
public final class Templates {

    static final String BUNDLE = "org.coproduce.mail.mails";

    private Templates() {
    }

    /** German for "de", English for anything else (or nothing). */
    public static Locale locale(String language) {
        return "de".equals(language) ? Locale.GERMAN : Locale.ENGLISH;
    }

    /** The language of e-mails to staff: COPRODUCE_STAFF_LANGUAGE ("en" or "de"), English by default. */
    public static Locale staff() {
        return locale(Settings.get("COPRODUCE_STAFF_LANGUAGE", "en").strip().toLowerCase(Locale.ROOT));
    }

    /** The language of e-mails to one staff account: its own ("en" or "de"), or {@link #staff()} when it has none. */
    public static Locale staff(String accountLanguage) {
        return accountLanguage == null ? staff() : locale(accountLanguage);
    }

    public static String text(Locale locale, String key, Object... arguments) {
        var bundle = ResourceBundle.getBundle(BUNDLE, locale, Templates.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] texts = Arrays.stream(arguments).map(String::valueOf).toArray();
        return new MessageFormat(bundle.getString(key), locale).format(texts);
    }
}
