package org.coproduce.accounts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SsoClaimsTest {

    private final SsoSettings settings = new SsoSettings("https://idp.example", "coproduce", "s", "IdP", "roles", "email",
            SsoRoleMap.parse("a=ADMIN"));

    @Test
    void readsTheConfiguredGroupsClaimAsAListOrOneString() {
        assertEquals(List.of("a", "b"), SsoClaims.from(Map.of("email", "x@y.example", "roles", List.of("a", "b")), settings).groups());
        assertEquals(List.of("a"), SsoClaims.from(Map.of("email", "x@y.example", "roles", "a"), settings).groups());
        assertEquals(List.of(), SsoClaims.from(Map.of("email", "x@y.example", "groups", List.of("a")), settings).groups());
    }

    @Test
    void anUnverifiedOrMissingEmailAddressIsNotUsed() {
        assertTrue(SsoClaims.from(Map.of("email", "x@y.example", "email_verified", false), settings).usableEmail().isEmpty());
        assertTrue(SsoClaims.from(Map.of("sub", "123"), settings).usableEmail().isEmpty());
        assertTrue(SsoClaims.from(Map.of("email", "no address"), settings).usableEmail().isEmpty());
        assertEquals("x@y.example", SsoClaims.from(Map.of("email", " x@y.example ", "email_verified", true), settings).usableEmail().orElseThrow());
    }

    @Test
    void theDisplayNameIsTheNameElseTheAddress() {
        assertEquals("Sam Sso", SsoClaims.from(Map.of("email", "x@y.example", "name", "Sam Sso"), settings).displayName());
        assertEquals("x@y.example", SsoClaims.from(Map.of("email", "x@y.example"), settings).displayName());
    }
}
