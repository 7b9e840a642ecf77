package org.coproduce.mail;

/**
 * How the recipient of a mail to the public stops further mail: {@code page}, the link in the text
 * (a page with a button), and {@code oneClick}, the address of the RFC 8058 one-click POST that
 * goes into the {@code List-Unsubscribe} header.
 */
public record Unsubscribe(String page, String oneClick) {
}
