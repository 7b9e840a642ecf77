package org.coproduce.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The SMTP server the app under test sends to (GreenMail, in the test JVM). */
public final class TestMail {

    private static GreenMail server;
    private static int port;

    private TestMail() {
    }

    /** Starts GreenMail on the port, retrying for a while when the port is not free yet (after {@link #refusing}). */
    static void start(int smtpPort) {
        port = smtpPort;
        RuntimeException last = null;
        for (int attempt = 0; attempt < 30; attempt++) {
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            try {
                server.start();
                return;
            } catch (RuntimeException notYet) {
                last = notYet;
                server.stop();
                pause();
            }
        }
        throw last;
    }

    static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Runs the work while the SMTP server refuses every recipient as a real one does (550, quoting
     * the address), then brings the usual server back.
     */
    public static void refusing(ThrowingRunnable work) throws Exception {
        server.stop();
        try (var refusing = new RefusingSmtp(port)) {
            work.run();
        } finally {
            start(port);
        }
    }

    public interface ThrowingRunnable {
        void run() throws Exception;
    }

    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** Waits up to the timeout for a message to this address whose subject contains the text. */
    public static Optional<Received> awaitMessage(String to, String subjectContains, Duration timeout) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            for (MimeMessage m : server.getReceivedMessages()) {
                if (addressedTo(m, to) && m.getSubject() != null && m.getSubject().contains(subjectContains)) {
                    return Optional.of(new Received(m.getSubject(), m.getContent().toString(), m.getHeader("List-Unsubscribe", null),
                            m.getHeader("List-Unsubscribe-Post", null)));
                }
            }
            Thread.sleep(200);
        }
        return Optional.empty();
    }

    private static boolean addressedTo(MimeMessage m, String to) throws MessagingException {
        var recipients = m.getRecipients(Message.RecipientType.TO);
        return recipients != null && Arrays.stream(recipients).anyMatch(a -> a.toString().equalsIgnoreCase(to));
    }

    /** The messages received so far for this address whose subject contains the text, as sent (attachments and all). */
    public static List<MimeMessage> messagesTo(String to, String subjectContains) throws MessagingException {
        var found = new java.util.ArrayList<MimeMessage>();
        for (MimeMessage m : server.getReceivedMessages()) {
            if (addressedTo(m, to) && m.getSubject() != null && m.getSubject().contains(subjectContains)) {
                found.add(m);
            }
        }
        return found;
    }

    public static List<String> subjectsTo(String to) throws MessagingException, IOException {
        var subjects = new java.util.ArrayList<String>();
        for (MimeMessage m : server.getReceivedMessages()) {
            if (addressedTo(m, to)) {
                subjects.add(m.getSubject());
            }
        }
        return subjects;
    }

    /** A message as received, with its RFC 8058 unsubscribe headers (null when absent). */
    public record Received(String subject, String body, String listUnsubscribe, String listUnsubscribePost) {

        /** The address in the List-Unsubscribe header, without its angle brackets. */
        public String oneClick() {
            return listUnsubscribe == null ? null : listUnsubscribe.replaceAll("^<|>$", "");
        }

        /** The token after the marker in the body (up to the next white space). */
        public String tokenAfter(String marker) {
            int at = body.indexOf(marker);
            if (at < 0) {
                throw new AssertionError("no " + marker + " in " + body);
            }
            return body.substring(at + marker.length()).split("\\s")[0];
        }
    }
}
