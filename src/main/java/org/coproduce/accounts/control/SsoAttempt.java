package org.coproduce.accounts.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.coproduce.platform.Digests;

/**
 * One single sign-on on its way through the identity provider: the state, nonce and PKCE verifier
 * made when it started, and the page to return to. It travels in a short-lived cookie, sealed with
 * a keyed hash (HMAC-SHA256 under a server secret) so that no table is needed and nothing in it can
 * be changed; the verifier is no secret from the browser that started the login, only from others.
 */
public record SsoAttempt(String state, String nonce, String verifier, String next, Instant startedAt) {

    /** How long the user may take at the identity provider. */
    public static final Duration LIFETIME = Duration.ofMinutes(10);

    public static SsoAttempt start(String next, Instant now) {
        return new SsoAttempt(Digests.randomToken(), Digests.randomToken(), Digests.randomToken(), sameSitePath(next), now);
    }

    /** Only a path on this site (as login.js's sameOriginPath): anything else is dropped for the role's start page. */
    static String sameSitePath(String next) {
        if (next == null || next.length() > 2000 || !next.startsWith("/") || next.startsWith("//")
                || next.chars().anyMatch(c -> c == '\\' || c < 0x20 || c == 0x7f)) {
            return "";
        }
        try {
            return java.net.URI.create(next).getRawPath() == null ? "" : next;
        } catch (IllegalArgumentException notAUri) {
            return "";
        }
    }

    public Optional<String> nextPath() {
        return next.isEmpty() ? Optional.empty() : Optional.of(next);
    }

    /** The cookie value: the fields, then their keyed hash. */
    public String seal(byte[] key) {
        String body = String.join(".", state, nonce, verifier, encode(next), Long.toString(startedAt.getEpochSecond()));
        return body + "." + Digests.urlSafe(Digests.hmac(key, body));
    }

    /** The attempt sealed in the cookie, when its seal holds and it is not older than {@link #LIFETIME}. */
    public static Optional<SsoAttempt> open(String cookie, byte[] key, Instant now) {
        if (cookie == null || cookie.length() > 3000) {
            return Optional.empty();
        }
        int last = cookie.lastIndexOf('.');
        if (last < 0) {
            return Optional.empty();
        }
        String body = cookie.substring(0, last);
        byte[] expected = Digests.urlSafe(Digests.hmac(key, body)).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, cookie.substring(last + 1).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        String[] parts = body.split("\\.", -1);
        if (parts.length != 5 || !parts[4].matches("\\d{1,12}")) {
            return Optional.empty();
        }
        var started = Instant.ofEpochSecond(Long.parseLong(parts[4]));
        if (now.isAfter(started.plus(LIFETIME)) || started.isAfter(now.plusSeconds(60))) {
            return Optional.empty();
        }
        return Optional.of(new SsoAttempt(parts[0], parts[1], parts[2], decode(parts[3]), started));
    }

    /** Compares the state the provider sent back in constant time. */
    public boolean answers(String returnedState) {
        return returnedState != null && MessageDigest.isEqual(state.getBytes(StandardCharsets.UTF_8),
                returnedState.getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String text) {
        return new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
    }
}
