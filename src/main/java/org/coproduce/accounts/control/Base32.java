package org.coproduce.accounts.control;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

/** RFC 4648 base 32 (A–Z, 2–7), the alphabet authenticator apps read a TOTP secret in. */
public final class Base32 {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private Base32() {
    }

    /** With '=' padding to a multiple of 8 characters when {@code padded}; otpauth URIs leave it out. */
    public static String encode(byte[] bytes, boolean padded) {
        var text = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                text.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            text.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
        }
        while (padded && text.length() % 8 != 0) {
            text.append('=');
        }
        return text.toString();
    }

    /** Ignores case, spaces, hyphens and padding; throws IllegalArgumentException for any other character. */
    public static byte[] decode(String text) {
        var out = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : text.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '=' || c == ' ' || c == '-') {
                continue;
            }
            int value = ALPHABET.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("not base 32: " + c);
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}
