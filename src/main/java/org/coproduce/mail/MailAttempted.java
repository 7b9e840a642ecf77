package org.coproduce.mail;

/** One message was handed to the SMTP server ({@code delivered}) or refused by it; for counting, without the message. */
public record MailAttempted(boolean delivered) {
}
