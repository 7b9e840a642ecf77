package org.coproduce.mail;

/** A file attached to a {@link Mail}: its name, its media type ("application/pdf", "text/csv; charset=UTF-8") and its bytes. */
public record Attachment(String name, String contentType, byte[] content) {
}
