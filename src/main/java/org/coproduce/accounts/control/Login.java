package org.coproduce.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;
import org.coproduce.accounts.entity.Account;

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

    /** {@code clientAddress} is only used to form keyed hashes; it is never stored or logged. */
    public Account authenticate(String email, String password, String clientAddress) {
        var keys = throttle.prepare(email, clientAddress);
        throttle.admit(keys);
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
            throw refused();
        }
        throttle.succeeded(keys);
        Account a = account.get();
        a.loginSucceeded();
        return a;
    }

    private static NotAuthorizedException refused() {
        return new LoginRefused();
    }
}
