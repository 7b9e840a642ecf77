package org.coproduce.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.coproduce.accounts.entity.Account;
import org.coproduce.accounts.entity.PasswordReset;
import org.coproduce.mail.Mail;
import org.coproduce.mail.MailTask;
import org.coproduce.mail.Templates;
import org.coproduce.platform.Digests;
import org.coproduce.platform.Settings;

/**
 * E-mails the one-time link of a password reset (outbox task {@value #KIND}) in the language of
 * the page that asked for it. The token is made here and only its hash kept, so it exists nowhere
 * but in the e-mail; a retry after a failed send makes a new one. Nothing is sent for an unknown
 * or disabled account, for an expired request, or when the account was e-mailed a link in the
 * last minute (so nobody can flood an inbox).
 */
@ApplicationScoped
public class PasswordResetMail extends MailTask<PasswordResetMail.Due> {

    public static final String KIND = "email-password-reset";
    static final Duration ONE_MAIL_PER = Duration.ofMinutes(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Clock clock;

    record Due(PasswordReset reset, Account account) {
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    protected Optional<Due> load(long resetId) {
        var reset = unsent(em.find(PasswordReset.class, resetId)).filter(r -> r.accountId() != null).orElse(null);
        if (reset == null || !reset.expiresAt().isAfter(clock.instant()) || emailedRecently(reset.accountId())) {
            return Optional.empty();
        }
        return accounts.find(reset.accountId()).filter(a -> !a.disabled()).map(a -> new Due(reset, a));
    }

    private boolean emailedRecently(long accountId) {
        return em.createQuery("select count(r) from PasswordReset r where r.accountId = :a and r.emailedAt > :since", Long.class)
                .setParameter("a", accountId).setParameter("since", clock.instant().minus(ONE_MAIL_PER)).getSingleResult() > 0;
    }

    @Override
    protected List<Mail> compose(Due due, Instant now) {
        String token = Digests.randomToken();
        due.reset().issue(Digests.sha256(token));
        var locale = Templates.locale(due.reset().language());
        long minutes = Duration.between(now, due.reset().expiresAt()).toMinutes();
        String link = Settings.baseUrl() + "/reset.html#" + token;
        return List.of(new Mail(due.account().email(), Templates.text(locale, "reset.subject"),
                Templates.text(locale, "reset.text", link, Math.max(1, minutes), Settings.baseUrl())));
    }
}
