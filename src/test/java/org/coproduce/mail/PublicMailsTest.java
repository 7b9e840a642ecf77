package org.coproduce.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every e-mail task writes to staff (listed here) or to a member of the public, and then builds
 * its messages with {@link Mail#toPublic}, so each carries the unsubscribe link and headers, or
 * is the one message its recipient just asked for (listed here). A new e-mail must be one of these.
 */
class PublicMailsTest {

    static final Set<String> TO_STAFF = Set.of("AlertMail", "EscalationMail", "PasswordResetMail", "ReportMail", "RiseMail",
            "WebhookDisabledMail", "BarrierAlertMail");
    /**
     * One message the recipient has just asked for on a page, and nothing after it: there is no
     * list to leave (the erasure link: asking again is the only way to get another).
     */
    static final Set<String> ASKED_FOR_ONCE = Set.of("ErasureLinkMail");

    @Test
    void everyMailToThePublicCanBeUnsubscribed() throws IOException {
        var tasks = new TreeSet<String>();
        var unsubscribable = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/coproduce"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                if (source.contains("extends MailTask<")) {
                    String name = file.getFileName().toString().replace(".java", "");
                    tasks.add(name);
                    if (TO_STAFF.contains(name) || ASKED_FOR_ONCE.contains(name) || source.contains("Mail.toPublic(")) {
                        unsubscribable.add(name);
                    }
                }
            }
        }
        assertEquals(tasks, unsubscribable, "a mail task that is neither to staff nor built with Mail.toPublic");
        assertEquals(List.of(), TO_STAFF.stream().filter(s -> !tasks.contains(s)).toList(), "staff mails that no longer exist");
        assertEquals(true, tasks.containsAll(Set.of("FollowLinkMail", "ResponseMail", "DifferenceMail", "MeTooConfirmationMail")));
    }
}
