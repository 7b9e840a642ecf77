package org.coproduce.accounts.boundary;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;

/** The cookie of a right password waiting for its second factor: HttpOnly, SameSite=Strict, five minutes. */
final class PendingCookie {

    static final String NAME = "COPRODUCE_PENDING_LOGIN";

    private PendingCookie() {
    }

    static String from(HttpHeaders headers) {
        Cookie cookie = headers.getCookies().get(NAME);
        return cookie == null ? null : cookie.getValue();
    }

    static NewCookie issue(String value, boolean secure) {
        return base(value, secure).maxAge((int) org.coproduce.accounts.control.PendingLogins.LIFETIME.toSeconds()).build();
    }

    static NewCookie expire(boolean secure) {
        return base("", secure).maxAge(0).build();
    }

    private static NewCookie.Builder base(String value, boolean secure) {
        return new NewCookie.Builder(NAME).value(value).path("/").httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.STRICT);
    }
}
