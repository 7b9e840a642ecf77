package org.coproduce.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;
import org.coproduce.accounts.entity.Account;
import org.coproduce.accounts.entity.SecurityEvent;

/**
 * Checks e-mail and password. Failed logins are slowed down by {@link LoginThrottle} (429 with
 * Retry-After) rather than locking the account, so nobody can lock an owner out by guessing at
 * their e-mail address; password checks go through the {@link HashingGate}. A wrong e-mail
 * address and a wrong password get the same answer after the same work.
 */
@ApplicationScoped
public class Login {

    @Inject
    Accounts accounts;

    @Inject
    Passwords passwords;

    @Inject
    LoginThrottle throttle;

    @Inject
    HashingGate gate;

    @Inject
    SecurityLog log;

    /** {@code clientAddress} is only used to form keyed hashes; it is never stored or logged. */
    public Account authenticate(String email, String password, String clientAddress) {
        var keys = throttle.prepare(email, clientAddress);
        try {
            throttle.admit(keys);
        } catch (LoginThrottled throttled) {
            log.record(SecurityEvent.Kind.LOGIN_THROTTLED, null, accounts.byEmail(email).map(Account::id).orElse(null), null);
            throw throttled;
        }
        var stored = accounts.passwordHashOf(email);
        boolean matches = gate.check(() -> {
            if (stored.isEmpty()) {
                passwords.spendTime(password);
                return false;
            }
            return passwords.matches(password, stored.get());
        });
        var account = matches ? accounts.byEmail(email) : java.util.Optional.<Account>empty();
        if (account.isEmpty()) {
            var known = stored.isPresent() ? accounts.byEmail(email).map(Account::id).orElse(null) : null;
            log.record(SecurityEvent.Kind.LOGIN_FAILED, null, known, known == null ? "unknown e-mail address" : "wrong password");
            throw refused();
        }
        throttle.succeeded(keys);
        Account a = account.get();
        if (a.disabled()) {
            log.record(SecurityEvent.Kind.LOGIN_DISABLED, null, a.id(), null);
            throw new AccountDisabled();
        }
        a.loginSucceeded();
        log.record(SecurityEvent.Kind.LOGIN, a.id(), a.id(), null);
        return a;
    }

    private static NotAuthorizedException refused() {
        return new LoginRefused();
    }
}
