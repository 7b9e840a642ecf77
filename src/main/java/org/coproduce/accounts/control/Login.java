package org.coproduce.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.coproduce.accounts.entity.Account;
import org.coproduce.platform.Settings;

/**
 * Checks e-mail and password. Five failures in a row lock the account for
 * COPRODUCE_LOGIN_LOCK_MINUTES (default 15); a locked account refuses even the right password
 * with the same answer as a wrong one.
 */
@ApplicationScoped
public class Login {

    static final Duration LOCK = Duration.ofMinutes(Settings.number("COPRODUCE_LOGIN_LOCK_MINUTES", 15));

    @Inject
    Accounts accounts;

    @Inject
    Passwords passwords;

    @Inject
    Clock clock;

    public Account authenticate(String email, String password) {
        var account = accounts.byEmail(email);
        if (account.isEmpty()) {
            passwords.spendTime(password);
            throw refused();
        }
        Account a = account.get();
        Instant now = clock.instant();
        if (a.lockedAt(now)) {
            passwords.spendTime(password);
            throw refused();
        }
        if (!passwords.matches(password, a.passwordHash())) {
            a.loginFailed(now, LOCK);
            throw refused();
        }
        a.loginSucceeded();
        return a;
    }

    private static NotAuthorizedException refused() {
        return new LoginRefused();
    }
}
