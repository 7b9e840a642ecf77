package org.coproduce.mail;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The e-mails' subjects and bodies, in {@code org/coproduce/mail/mails.properties} (English) and
 * {@code mails_de.properties} (German), as {@link MessageFormat} patterns. Arguments are inserted
 * as text (a number is not grouped), so an id or a user's text shows as it is.
 */
public final class Templates {

    static final String BUNDLE = "org.coproduce.mail.mails";

    private Templates() {
    }

    public static String text(Locale locale, String key, Object... arguments) {
        var bundle = ResourceBundle.getBundle(BUNDLE, locale, Templates.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] texts = Arrays.stream(arguments).map(String::valueOf).toArray();
        return new MessageFormat(bundle.getString(key), locale).format(texts);
    }
}
