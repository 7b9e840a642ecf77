package org.coproduce.accounts.boundary;

import java.time.Instant;
import java.util.List;
import org.coproduce.accounts.entity.Account;
import org.coproduce.mail.Templates;

public record AccountView(long id, String email, String displayName, String jobTitle, String role,
        boolean platformWide, List<Long> organisationIds, Instant lockedUntil, Instant disabledAt, String language) {

    static AccountView of(Account a) {
        return new AccountView(a.id(), a.email(), a.displayName(), a.jobTitle(), a.role(), a.platformWide(),
                a.organisationIds().stream().sorted().toList(), a.lockedUntil(), a.disabledAt(),
                Templates.staff(a.language()).getLanguage());
    }
}
