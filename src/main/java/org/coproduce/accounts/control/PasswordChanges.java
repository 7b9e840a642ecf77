package org.coproduce.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicReference;
import org.coproduce.accounts.entity.Account;
import org.coproduce.accounts.entity.SecurityEvent;
import org.coproduce.problems.InvalidInput;

/**
 * A logged-in user changes their own password: the current one is checked like a login (counted
 * by the {@link LoginThrottle}, hashed through the {@link HashingGate}), the new one must pass the
 * {@link PasswordRules}, and the account's other logins end.
 */
@ApplicationScoped
public class PasswordChanges {

    @Inject
    Passwords passwords;

    @Inject
    LoginThrottle throttle;

    @Inject
    HashingGate gate;

    @Inject
    LoginSessions sessions;

    @Inject
    SecurityLog log;

    public void change(Account account, String current, String fresh, String clientAddress, String keptSessionToken) {
        PasswordRules.check("newPassword", fresh);
        var keys = throttle.prepare(account.email(), clientAddress);
        throttle.admit(keys);
        if (!gate.check(() -> passwords.matches(current, account.passwordHash()))) {
            log.record(SecurityEvent.Kind.LOGIN_FAILED, account.id(), account.id(), "wrong current password at password change");
            throw new InvalidInput("currentPassword", "is not your current password");
        }
        throttle.succeeded(keys);
        account.changePassword(hashed(fresh));
        int ended = sessions.endOthersOf(account.id(), keptSessionToken);
        log.record(SecurityEvent.Kind.PASSWORD_CHANGED, account.id(), account.id(), "by its owner, " + ended + " other logins ended");
    }

    /** The new hash, made under the gate too: it costs as much as a check. */
    String hashed(String password) {
        var hash = new AtomicReference<String>();
        gate.check(() -> {
            hash.set(passwords.hash(password));
            return true;
        });
        return hash.get();
    }
}
