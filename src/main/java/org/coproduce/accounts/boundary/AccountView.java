package org.coproduce.accounts.boundary;

import java.time.Instant;
import java.util.List;
import org.coproduce.accounts.entity.Account;

public record AccountView(long id, String email, String displayName, String jobTitle, String role,
        boolean platformWide, List<Long> organisationIds, Instant lockedUntil, Instant disabledAt) {

    static AccountView of(Account a) {
        return new AccountView(a.id(), a.email(), a.displayName(), a.jobTitle(), a.role(), a.platformWide(),
                a.organisationIds().stream().sorted().toList(), a.lockedUntil(), a.disabledAt());
    }
}
