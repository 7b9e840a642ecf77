package org.coproduce.accounts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SsoRoleMapTest {

    private final SsoRoleMap map = SsoRoleMap.parse(
            " coproduce-admins = ADMIN ; CN=Moderators,OU=Groups=moderator;leeds-responders=RESPONDER@3,7;quality=Quality Manager@3;");

    @Test
    void theFirstMappedGroupOfTheUserWins() {
        var grant = map.grantFor(List.of("leeds-responders", "coproduce-admins")).orElseThrow();
        assertEquals("ADMIN", grant.role());
        assertTrue(grant.platformWide());
    }

    @Test
    void organisationsAfterTheAtSign() {
        var grant = map.grantFor(List.of("leeds-responders")).orElseThrow();
        assertEquals("RESPONDER", grant.role());
        assertEquals(Set.of(3L, 7L), grant.organisations());
        assertEquals("QUALITY_MANAGER", map.grantFor(List.of("quality")).orElseThrow().role());
    }

    @Test
    void aGroupNameMayHoldEqualsSignsAndCommas() {
        assertEquals("MODERATOR", map.grantFor(List.of("CN=Moderators,OU=Groups")).orElseThrow().role());
    }

    @Test
    void unmappedGroupsGiveNothing() {
        assertTrue(map.grantFor(List.of("everyone", "Coproduce-Admins")).isEmpty(), "group names are compared exactly");
        assertTrue(map.grantFor(List.of()).isEmpty());
    }

    @Test
    void refusesAMapThatWouldBeMisread() {
        assertThrows(IllegalArgumentException.class, () -> SsoRoleMap.parse("admins=ROOT"));
        assertThrows(IllegalArgumentException.class, () -> SsoRoleMap.parse("admins"));
        assertThrows(IllegalArgumentException.class, () -> SsoRoleMap.parse("leeds=RESPONDER@leeds"));
        assertThrows(IllegalArgumentException.class, () -> SsoRoleMap.parse("leeds=RESPONDER@"));
        assertTrue(SsoRoleMap.parse("  ").isEmpty());
    }
}
