package org.coproduce.accounts.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.coproduce.accounts.entity.Account;
import org.coproduce.accounts.entity.SecurityEvent;

/**
 * What an admin's update changed in an account that matters for security: its role, its
 * organisations (ids added and removed) and its password. Each becomes a security event, and any
 * of them ends the account's logins.
 */
public record AccountChanges(String role, boolean platformWide, Set<Long> organisations) {

    public record Change(SecurityEvent.Kind kind, String detail) {
    }

    public static AccountChanges before(Account account) {
        return new AccountChanges(account.role(), account.platformWide(), account.organisationIds());
    }

    public List<Change> after(Account account, boolean passwordSet) {
        var changes = new ArrayList<Change>();
        if (!role.equals(account.role())) {
            changes.add(new Change(SecurityEvent.Kind.ROLE_CHANGED, role + " -> " + account.role()));
        }
        var added = new TreeSet<>(account.organisationIds());
        added.removeAll(organisations);
        var removed = new TreeSet<>(organisations);
        removed.removeAll(account.organisationIds());
        if (!added.isEmpty() || !removed.isEmpty() || platformWide != account.platformWide()) {
            changes.add(new Change(SecurityEvent.Kind.ORGANISATIONS_CHANGED, "added " + ids(added) + ", removed " + ids(removed)
                    + (platformWide == account.platformWide() ? "" : ", platform-wide " + account.platformWide())));
        }
        if (passwordSet) {
            changes.add(new Change(SecurityEvent.Kind.PASSWORD_CHANGED, "set by an administrator"));
        }
        return changes;
    }

    public static String ids(Set<Long> ids) {
        return ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
    }
}
