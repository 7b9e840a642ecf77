package org.coproduce.accounts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Cookie;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionCookieTest {

    @Test
    void overHttpsTheCookieIsSecureAndHostPrefixed() {
        var cookie = SessionCookie.issue("v", true);
        assertEquals("__Host-COPRODUCE_SESSION", cookie.getName());
        assertTrue(cookie.isSecure());
        assertEquals("/", cookie.getPath());
        assertNull(cookie.getDomain());
        assertTrue(cookie.isHttpOnly());
    }

    @Test
    void overHttpItKeepsThePlainName() {
        var cookie = SessionCookie.issue("v", false);
        assertEquals("COPRODUCE_SESSION", cookie.getName());
        assertFalse(cookie.isSecure());
    }

    @Test
    void readsBothNamesThePrefixedFirst() {
        assertEquals("new", SessionCookie.value(Map.of("__Host-COPRODUCE_SESSION", new Cookie("__Host-COPRODUCE_SESSION", "new"),
                "COPRODUCE_SESSION", new Cookie("COPRODUCE_SESSION", "old"))));
        assertEquals("old", SessionCookie.value(Map.of("COPRODUCE_SESSION", new Cookie("COPRODUCE_SESSION", "old"))));
        assertNull(SessionCookie.value(Map.of()));
    }

    @Test
    void believesForwardedProtoOnlyFromATrustedProxy() {
        assertTrue(SessionCookie.secure("https", null, false));
        assertTrue(SessionCookie.secure("http", "https", true));
        assertFalse(SessionCookie.secure("http", "https", false));
        assertFalse(SessionCookie.secure("http", "http", true));
    }
}
