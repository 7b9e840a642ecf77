package org.coproduce.accounts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SsoAttemptTest {

    private static final byte[] KEY = "a server secret of enough length".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void opensWhatItSealed() {
        var attempt = SsoAttempt.start("/coproduce/staff/inbox.html?x=1#y", NOW);
        var opened = SsoAttempt.open(attempt.seal(KEY), KEY, NOW.plusSeconds(60)).orElseThrow();
        assertEquals(attempt, opened);
        assertTrue(opened.answers(attempt.state()));
        assertFalse(opened.answers(attempt.state() + "x"));
        assertFalse(opened.answers(null));
        assertEquals("/coproduce/staff/inbox.html?x=1#y", opened.nextPath().orElseThrow());
    }

    @Test
    void everyAttemptHasItsOwnStateNonceAndVerifier() {
        var one = SsoAttempt.start(null, NOW);
        var two = SsoAttempt.start(null, NOW);
        assertNotEquals(one.state(), two.state());
        assertNotEquals(one.nonce(), two.nonce());
        assertNotEquals(one.verifier(), two.verifier());
        assertTrue(one.verifier().length() >= 43, "PKCE wants a verifier of 43 to 128 characters");
    }

    @Test
    void refusesAChangedCookieAnotherKeyOrAnOldOne() {
        String sealed = SsoAttempt.start("/staff/a.html", NOW).seal(KEY);
        char last = sealed.charAt(5);
        String changed = sealed.substring(0, 5) + (last == 'A' ? 'B' : 'A') + sealed.substring(6);
        assertTrue(SsoAttempt.open(changed, KEY, NOW).isEmpty());
        assertTrue(SsoAttempt.open(sealed, "another secret".getBytes(StandardCharsets.UTF_8), NOW).isEmpty());
        assertTrue(SsoAttempt.open(sealed, KEY, NOW.plus(SsoAttempt.LIFETIME).plusSeconds(1)).isEmpty());
        assertTrue(SsoAttempt.open("garbage", KEY, NOW).isEmpty());
        assertTrue(SsoAttempt.open(null, KEY, NOW).isEmpty());
        assertTrue(SsoAttempt.open(sealed, KEY, NOW).isPresent());
    }

    @Test
    void nextIsOnlyAPathOnThisSite() {
        for (String elsewhere : new String[] {"//evil.example/", "/\\evil.example/", "https://evil.example/", "javascript:alert(1)",
                "/\t/evil.example/", "http:evil.example", "", "/a b", "/100%"}) {
            assertTrue(SsoAttempt.start(elsewhere, NOW).nextPath().isEmpty(), elsewhere);
        }
        assertEquals("/coproduce/staff/inbox.html?from=sso#top", SsoAttempt.start("/coproduce/staff/inbox.html?from=sso#top", NOW).nextPath().orElseThrow());
    }
}
