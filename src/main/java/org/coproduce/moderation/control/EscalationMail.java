package org.coproduce.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.coproduce.accounts.control.Accounts;
import org.coproduce.accounts.entity.Account;
import org.coproduce.accounts.entity.Role;
import org.coproduce.analysis.engine.SafeguardingScreen;
import org.coproduce.analysis.entity.SafeguardingFlag;
import org.coproduce.mail.Mail;
import org.coproduce.mail.MailTask;
import org.coproduce.mail.Templates;
import org.coproduce.moderation.entity.Decision;
import org.coproduce.platform.Settings;
import org.coproduce.stories.control.Stories;

/**
 * E-mails a moderator's safeguarding escalation (outbox task {@value #KIND}) to the safeguarding
 * lead (COPRODUCE_SAFEGUARDING_EMAIL, one or more addresses separated by commas) and every
 * platform-wide administrator: an administrator in their account's language, another address in
 * the story's language. Only the concerns in plain words, the moderator's note and a staff link leave the system, never the story or reply itself. Sent at
 * least once: a retry after a failed commit may send it again.
 */
@ApplicationScoped
public class EscalationMail extends MailTask<Decision> {

    public static final String KIND = "email-escalation";

    @Inject
    Audit audit;

    @Inject
    Accounts accounts;

    @Inject
    Stories stories;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    protected Optional<Decision> load(long decisionId) {
        return audit.find(decisionId).filter(d -> d.action().startsWith("ESCALATE"));
    }

    @Override
    protected List<Mail> compose(Decision escalation, Instant now) {
        Locale story = stories.find(escalation.storyId()).map(s -> "de".equals(s.language()) ? Locale.GERMAN : Locale.ENGLISH)
                .orElse(Locale.ENGLISH);
        String moderator = escalation.moderatorId() == null ? "?"
                : accounts.find(escalation.moderatorId()).map(Account::displayName).orElse("?");
        return recipients().stream().map(to -> mail(escalation, moderator, to, accounts.languageOf(to, story))).toList();
    }

    /** The escalation to one address: an account in its language, another address in the story's. */
    private Mail mail(Decision escalation, String moderator, String to, Locale locale) {
        boolean reply = escalation.responseId() != null;
        String what = reply ? Templates.text(locale, "escalation.reply", escalation.storyId())
                : Templates.text(locale, "escalation.story", escalation.storyId());
        String link = Settings.baseUrl() + (reply ? "/staff/reply.html?id=" + escalation.responseId()
                : "/staff/decide.html?id=" + escalation.storyId());
        String subject = Templates.text(locale, "escalation.subject", what);
        String text = Templates.text(locale, "escalation.text", moderator, what, concerns(escalation.textBefore(), locale),
                escalation.reason() == null ? "" : escalation.reason(), link);
        return new Mail(to, subject, text);
    }

    /** The kinds of concern the screen finds in the text, in plain words; "none found" when none. */
    static String concerns(String text, Locale locale) {
        var kinds = new SafeguardingScreen().screen(text == null ? "" : text).stream().map(SafeguardingFlag::kind).distinct()
                .map(kind -> "- " + Templates.text(locale, "escalation.kind." + kind.code())).collect(Collectors.joining("\n"));
        return kinds.isEmpty() ? Templates.text(locale, "escalation.kind.none") : kinds;
    }

    private Set<String> recipients() {
        var to = new LinkedHashSet<String>();
        Settings.get("COPRODUCE_SAFEGUARDING_EMAIL").ifPresent(list -> Arrays.stream(list.split(","))
                .map(String::strip).filter(a -> !a.isEmpty()).forEach(to::add));
        accounts.withRoleFor(Role.ADMIN, Set.of()).stream().map(Account::email).forEach(to::add);
        return to;
    }
}
