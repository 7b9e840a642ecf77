package org.coproduce.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.util.Properties;
import org.coproduce.platform.Settings;
import org.coproduce.problems.Masking;

/**
 * Sends plain-text e-mail (with files attached: multipart/mixed) through the SMTP server in SMTP_HOST / SMTP_PORT (optionally
 * SMTP_USER, SMTP_PASSWORD, SMTP_STARTTLS), from SMTP_FROM. Without SMTP_HOST nothing is sent.
 */
@ApplicationScoped
public class Mailer {

    @Inject
    Event<MailAttempted> attempted;

    public boolean configured() {
        return Settings.get("SMTP_HOST").isPresent();
    }

    /** Sends one message; a failure is an unchecked exception, so the outbox task that sends it runs again. */
    public void send(Mail mail) {
        try {
            transmit(mail);
            count(true);
        } catch (MessagingException e) {
            count(false);
            // Jakarta Mail quotes recipients in its messages (and in nested ones): mask them and
            // keep the raw exception out of the chain, so no stack trace logs an address.
            var failure = new IllegalStateException("SMTP: " + Masking.describe(e));
            failure.setStackTrace(e.getStackTrace());
            throw failure;
        }
    }

    private void count(boolean delivered) {
        if (attempted != null) {
            attempted.fire(new MailAttempted(delivered));
        }
    }

    /** multipart/mixed: the text, then each file (base64, with its name), as mail programs show attachments. */
    private static MimeMultipart withAttachments(Mail mail) throws MessagingException {
        var parts = new MimeMultipart("mixed");
        var text = new MimeBodyPart();
        text.setText(mail.text(), "UTF-8");
        parts.addBodyPart(text);
        for (var file : mail.attachments()) {
            var part = new MimeBodyPart();
            part.setDataHandler(new DataHandler(new ByteArrayDataSource(file.content(), file.contentType())));
            part.setFileName(file.name());
            part.setDisposition(Part.ATTACHMENT);
            parts.addBodyPart(part);
        }
        return parts;
    }

    private static void transmit(Mail mail) throws MessagingException {
        var properties = new Properties();
        properties.put("mail.smtp.host", Settings.get("SMTP_HOST", "localhost"));
        properties.put("mail.smtp.port", Settings.get("SMTP_PORT", "25"));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.starttls.enable", Settings.get("SMTP_STARTTLS", "false"));
        var user = Settings.get("SMTP_USER");
        properties.put("mail.smtp.auth", String.valueOf(user.isPresent()));
        var session = Session.getInstance(properties);
        var message = new MimeMessage(session);
        message.setFrom(new InternetAddress(Settings.get("SMTP_FROM", "coproduce@localhost")));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to()));
        message.setSubject(mail.subject(), "UTF-8");
        if (mail.attachments().isEmpty()) {
            message.setText(mail.text(), "UTF-8");
        } else {
            message.setContent(withAttachments(mail));
        }
        if (mail.unsubscribe() != null) {
            // RFC 2369 and RFC 8058: mail programs offer "unsubscribe" and POST to the address.
            message.setHeader("List-Unsubscribe", "<" + mail.unsubscribe().oneClick() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        if (user.isPresent()) {
            Transport.send(message, user.get(), Settings.get("SMTP_PASSWORD", ""));
        } else {
            Transport.send(message);
        }
    }
}
