package org.coproduce.mail;

/** One plain-text message to one address. */
public record Mail(String to, String subject, String text) {
}
