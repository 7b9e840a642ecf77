package org.coproduce.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.coproduce.accounts.entity.Account;
import org.coproduce.accounts.entity.PasswordReset;
import org.coproduce.accounts.entity.SecurityEvent;
import org.coproduce.background.control.Outbox;
import org.coproduce.platform.Digests;
import org.coproduce.platform.Periodic;
import org.coproduce.platform.PeriodicJob;
import org.coproduce.platform.Settings;
import org.coproduce.problems.InvalidInput;

/**
 * Resetting a forgotten password through an e-mailed one-time link. A request does the same work
 * whether the address has an account or not (a row, an outbox task, a log line) and always gets
 * the same answer; only a known, enabled account is e-mailed ({@link PasswordResetMail}). Using the
 * link sets the new password, ends every login of the account and makes its other links void.
 */
@ApplicationScoped
public class PasswordResets implements Periodic {

    public static final Duration VALID = Duration.ofMinutes(Settings.number("COPRODUCE_PASSWORD_RESET_MINUTES", 30));

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Outbox outbox;

    @Inject
    PasswordChanges changes;

    @Inject
    LoginSessions sessions;

    @Inject
    SecurityLog log;

    @Inject
    Clock clock;

    public void request(String email, String language) {
        Optional<Account> account = accounts.byEmail(email).filter(a -> !a.disabled());
        var reset = new PasswordReset(account.map(Account::id).orElse(null), language, clock.instant(), VALID);
        em.persist(reset);
        em.flush();
        outbox.enqueue(PasswordResetMail.KIND, reset.id());
        log.byCaller(SecurityEvent.Kind.PASSWORD_RESET_REQUESTED, reset.accountId(),
                account.isPresent() ? null : "no enabled account with this e-mail address");
    }

    /** Sets the new password with the link's token; 400 naming {@code token} when it is unknown, used or expired. */
    public void use(String token, String newPassword) {
        var now = clock.instant();
        var reset = token == null || token.length() > 100 ? null
                : em.createNamedQuery(PasswordReset.BY_TOKEN, PasswordReset.class).setParameter("hash", Digests.sha256(token))
                        .getResultStream().findFirst().orElse(null);
        var account = reset == null || !reset.usableAt(now) ? null
                : accounts.find(reset.accountId()).filter(a -> !a.disabled()).orElse(null);
        if (account == null) {
            log.byCaller(SecurityEvent.Kind.PASSWORD_RESET_REFUSED, reset == null ? null : reset.accountId(),
                    reset == null ? "unknown link" : reset.usedAt() != null ? "used before" : "expired or account disabled");
            throw new InvalidInput("token", "is unknown, used or expired: ask for a new link");
        }
        PasswordRules.check("newPassword", newPassword);
        reset.use(now);
        em.createQuery("update PasswordReset r set r.usedAt = :now where r.accountId = :a and r.usedAt is null")
                .setParameter("now", now).setParameter("a", account.id()).executeUpdate();
        account.changePassword(changes.hashed(newPassword));
        int ended = sessions.endAllOf(account.id());
        log.record(SecurityEvent.Kind.PASSWORD_RESET, null, account.id(), ended + " logins ended");
    }

    @Override
    public List<PeriodicJob> periodicJobs() {
        return List.of(PeriodicJob.inTransaction("Forgetting old password resets", "COPRODUCE_PASSWORD_RESET_CLEANUP_MS",
                3_600_000, this::forgetOld));
    }

    /** Links expired a day ago are of no use, also as evidence: the security log keeps the events. */
    void forgetOld() {
        em.createQuery("delete from PasswordReset r where r.expiresAt < :cutoff")
                .setParameter("cutoff", clock.instant().minus(Duration.ofDays(1))).executeUpdate();
    }
}
