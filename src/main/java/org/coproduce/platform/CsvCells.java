package org.coproduce.platform;

import java.util.regex.Pattern;

/**
 * Neutralises CSV cells against formula injection: a text cell that begins with =, +, -, @, tab or
 * carriage return is prefixed with a single quote, so a spreadsheet shows it as text instead of
 * running it (a story titled "=cmd|' /C calc'!A0" stays a title). Numbers, also negative ones,
 * stay numbers. Every CSV export writes its cells through {@link #neutral}.
 */
public final class CsvCells {

    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,30}(?:\\.\\d{1,30})?");

    private CsvCells() {
    }

    /** The cell as it is safe to write: numbers and null as they are, dangerous text quoted. */
    public static Object neutral(Object cell) {
        if (cell == null || cell instanceof Number) {
            return cell;
        }
        return neutral(cell.toString());
    }

    /** The text, with a leading single quote if a spreadsheet would read it as a formula. */
    public static String neutral(String text) {
        if (text == null || text.isEmpty() || !dangerous(text.charAt(0)) || NUMBER.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }

    private static boolean dangerous(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
