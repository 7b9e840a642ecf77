package org.coproduce.problems;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps e-mail addresses out of logs and stored error texts: "anna@example.org" becomes
 * "a***@example.org" (the domain stays, so a refusing mail server can still be diagnosed).
 * Exception messages of mail servers, databases and parsers quote addresses, so every message or
 * trace of an exception that may carry one goes through here before it is logged or stored.
 */
public final class Masking {

    /** Local part, @, domain with a dot; starts only where a local part can start, so it runs in linear time. */
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\p{L}\\p{N}._%+-])([\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]*+@([\\p{L}\\p{N}-]++(?:\\.[\\p{L}\\p{N}-]++)++)");

    private Masking() {
    }

    /** The text with every e-mail address masked; null stays null. */
    public static String emails(String text) {
        if (text == null || text.indexOf('@') < 0) {
            return text;
        }
        return EMAIL.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "***@" + m.group(2)));
    }

    /** A throwable's class and message, masked: for log lines and stored errors. */
    public static String describe(Throwable t) {
        return t == null ? "" : emails(t.toString());
    }

    /** A throwable's full stack trace (causes included), masked: for logging an incident without the raw exception. */
    public static String trace(Throwable t) {
        if (t == null) {
            return "";
        }
        var out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return emails(out.toString());
    }
}
