package org.coproduce.accounts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.coproduce.accounts.entity.Account;
import org.coproduce.accounts.entity.Role;
import org.coproduce.accounts.entity.SecurityEvent.Kind;
import org.junit.jupiter.api.Test;

class AccountChangesTest {

    @Test
    void namesTheRoleTheOrganisationsAndThePassword() {
        var account = new Account("lou@example.org", Role.RESPONDER, "hash");
        account.describe("Lou", null, Role.RESPONDER, false, Set.of(1L, 2L));
        var before = AccountChanges.before(account);
        account.describe("Lou", null, Role.QUALITY_MANAGER, false, Set.of(2L, 3L));
        var changes = before.after(account, true);
        assertEquals(List.of(Kind.ROLE_CHANGED, Kind.ORGANISATIONS_CHANGED, Kind.PASSWORD_CHANGED),
                changes.stream().map(AccountChanges.Change::kind).toList());
        assertEquals("RESPONDER -> QUALITY_MANAGER", changes.get(0).detail());
        assertEquals("added [3], removed [1]", changes.get(1).detail());
    }

    @Test
    void aNewNameOrTitleIsNoSecurityChange() {
        var account = new Account("lou@example.org", Role.MODERATOR, "hash");
        account.describe("Lou", null, Role.MODERATOR, false, Set.of(1L));
        var before = AccountChanges.before(account);
        account.describe("Louise", "Lead", Role.MODERATOR, false, Set.of(1L));
        assertTrue(before.after(account, false).isEmpty());
        account.describe("Louise", "Lead", Role.MODERATOR, true, Set.of(1L));
        assertEquals("added [], removed [], platform-wide true", before.after(account, false).getFirst().detail());
    }
}
