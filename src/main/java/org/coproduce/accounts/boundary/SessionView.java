package org.coproduce.accounts.boundary;

import java.util.List;
import org.coproduce.accounts.entity.Account;
import org.coproduce.mail.Templates;

/**
 * Who is logged in, and the token to send back in X-CSRF-Token with every change.
 * {@code secondFactor} is "enrol" for a login that may only set up the second factor its role
 * needs, absent otherwise. {@code language}: of the e-mails to the account ("en" or "de").
 */
public record SessionView(long accountId, String email, String displayName, String jobTitle, String role,
        boolean platformWide, List<Long> organisationIds, String csrfToken, String secondFactor, String language) {

    static SessionView of(Account a, String csrfToken) {
        return of(a, csrfToken, false);
    }

    static SessionView of(Account a, String csrfToken, boolean enrolOnly) {
        return new SessionView(a.id(), a.email(), a.displayName(), a.jobTitle(), a.role(), a.platformWide(),
                a.organisationIds().stream().sorted().toList(), csrfToken, enrolOnly ? "enrol" : null,
                Templates.staff(a.language()).getLanguage());
    }
}
