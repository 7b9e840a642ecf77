package org.coproduce.accounts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.coproduce.accounts.entity.Account;
import org.coproduce.accounts.entity.Role;
import org.junit.jupiter.api.Test;

class SecondFactorPolicyTest {

    @Test
    void readsRoleNamesAndNone() {
        assertEquals(Set.of(Role.MODERATOR, Role.ADMIN), SecondFactorPolicy.roles("MODERATOR,ADMIN"));
        assertEquals(Set.of(Role.QUALITY_MANAGER), SecondFactorPolicy.roles(" quality manager "));
        assertEquals(Set.of(), SecondFactorPolicy.roles("NONE"));
        assertThrows(IllegalArgumentException.class, () -> SecondFactorPolicy.roles("MODERATOR,OWNER"));
    }

    @Test
    void requiredForTheRolesListedExceptSharedDemoAccountsInDemoMode() {
        var roles = SecondFactorPolicy.roles("MODERATOR,ADMIN");
        assertTrue(SecondFactorPolicy.required(roles, new Account("mo@example.org", Role.MODERATOR, "x"), true));
        assertFalse(SecondFactorPolicy.required(roles, new Account("ri@example.org", Role.RESPONDER, "x"), false));
        var demoAdmin = new Account("admin@demo.example", Role.ADMIN, "x");
        assertFalse(SecondFactorPolicy.required(roles, demoAdmin, true), "a demo account in demo mode");
        assertTrue(SecondFactorPolicy.required(roles, demoAdmin, false), "the same address outside demo mode");
    }
}
