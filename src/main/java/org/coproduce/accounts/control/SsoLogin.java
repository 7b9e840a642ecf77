package org.coproduce.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.logging.Logger;
import org.coproduce.accounts.entity.Account;
import org.coproduce.platform.Secrets;

/**
 * Turns a provider's validated claims into a Coproduce login. The account is found by e-mail
 * address and created at its first login, without a local password; its role and organisations
 * come from the role map at every login, so a change of groups at the provider takes effect at the
 * next login. A user none of whose groups is mapped gets no session.
 */
@ApplicationScoped
public class SsoLogin {

    private static final Logger LOG = Logger.getLogger(SsoLogin.class.getName());

    @Inject
    Accounts accounts;

    @Inject
    LoginSessions sessions;

    @Inject
    Organisations organisations;

    @Inject
    Secrets secrets;

    public record LoggedIn(long accountId, String role, LoginSessions.Started session) {
    }

    /** Ends the login in {@code previousToken}, if any, and starts a new one. */
    @Transactional
    public LoggedIn complete(SsoClaims claims, SsoRoleMap roles, String previousToken) {
        String email = claims.usableEmail().orElseThrow(() -> new SsoRefused("no verified e-mail address in the ID token"));
        var grant = roles.grantFor(claims.groups()).orElseThrow(() -> new SsoRefused("none of the user's groups is mapped to a role"));
        var known = new LinkedHashSet<Long>();
        for (long id : grant.organisations()) {
            if (organisations.exists(id)) {
                known.add(id);
            } else {
                LOG.warning("COPRODUCE_OIDC_ROLE_MAP names organisation " + id + ", which does not exist: left out");
            }
        }
        if (!grant.platformWide() && known.isEmpty()) {
            throw new SsoRefused("the group's organisations do not exist");
        }
        var account = accounts.byEmail(email).orElseGet(() -> created(email, claims, grant.role()));
        if (account.disabled()) {
            throw new SsoRefused("the account is disabled");
        }
        boolean changed = !account.role().equals(grant.role()) || account.platformWide() != grant.platformWide()
                || !account.organisationIds().equals(known);
        account.describe(account.displayName(), account.jobTitle(), grant.role(), grant.platformWide(), known);
        account.loginSucceeded();
        sessions.end(previousToken);
        if (changed) {
            // a role or organisation change ends the account's other sessions, as an admin's change does
            sessions.endAllOf(account.id());
        }
        return new LoggedIn(account.id(), grant.role(), sessions.start(account.id()));
    }

    /** The key that seals an {@link SsoAttempt}: the server secret {@code sso-state}, made at first use. */
    @Transactional
    public byte[] sealKey() {
        return secrets.get("sso-state");
    }

    private Account created(String email, SsoClaims claims, String role) {
        var account = new Account(email, role, null);
        account.describe(claims.displayName(), null, role, false, java.util.Set.of());
        accounts.add(account);
        return account;
    }
}
