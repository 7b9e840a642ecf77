package org.coproduce.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.logging.Logger;
import org.coproduce.accounts.entity.Account;
import org.coproduce.accounts.entity.Role;
import org.coproduce.platform.SchemaReady;
import org.coproduce.platform.Settings;

/**
 * Outside demo mode there is no default password: the first admin is created at start from
 * COPRODUCE_ADMIN_EMAIL and COPRODUCE_ADMIN_PASSWORD, if no account has that address yet.
 */
@ApplicationScoped
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());

    @Inject
    Accounts accounts;

    @Inject
    Passwords passwords;

    @Transactional
    void create(@Observes SchemaReady ready) {
        var email = Settings.get("COPRODUCE_ADMIN_EMAIL");
        var password = Settings.get("COPRODUCE_ADMIN_PASSWORD");
        if (email.isEmpty() || password.isEmpty() || accounts.byEmail(email.get()).isPresent()) {
            return;
        }
        if (password.get().length() < Passwords.MIN_LENGTH) {
            LOG.warning("COPRODUCE_ADMIN_PASSWORD is shorter than " + Passwords.MIN_LENGTH + " characters: no admin created");
            return;
        }
        var admin = new Account(email.get(), Role.ADMIN, passwords.hash(password.get()));
        admin.describe("Administrator", "Administrator", Role.ADMIN, true, Set.of());
        accounts.add(admin);
        LOG.info("First admin account created");
    }
}
