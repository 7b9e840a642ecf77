package org.coproduce.accounts.boundary;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;

/** The login cookie: HttpOnly, SameSite=Strict, Secure when the request came over https. */
final class SessionCookie {

    static final String NAME = "COPRODUCE_SESSION";

    private SessionCookie() {
    }

    static String from(HttpHeaders headers) {
        Cookie cookie = headers.getCookies().get(NAME);
        return cookie == null ? null : cookie.getValue();
    }

    static String from(ContainerRequestContext context) {
        Cookie cookie = context.getCookies().get(NAME);
        return cookie == null ? null : cookie.getValue();
    }

    static NewCookie issue(String value, boolean secure) {
        return base(value, secure).build();
    }

    static NewCookie expire(boolean secure) {
        return base("", secure).maxAge(0).build();
    }

    private static NewCookie.Builder base(String value, boolean secure) {
        return new NewCookie.Builder(NAME).value(value).path("/").httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.STRICT);
    }

    /** Behind a TLS-terminating proxy the request arrives as http with X-Forwarded-Proto: https. */
    static boolean secure(HttpHeaders headers, String scheme) {
        return "https".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(headers.getHeaderString("X-Forwarded-Proto"));
    }
}
