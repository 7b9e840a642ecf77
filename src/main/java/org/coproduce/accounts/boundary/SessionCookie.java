package org.coproduce.accounts.boundary;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import java.util.Map;
import org.coproduce.platform.Settings;

/**
 * The login cookie: HttpOnly, SameSite=Strict, Path=/. Over https it is Secure and named
 * {@value #SECURE_NAME}: browsers accept a {@code __Host-} cookie only from a secure origin,
 * with Path=/ and no Domain, so neither a plain-http page nor a sibling subdomain can set or
 * shadow it. Both names are read, so logins made before the switch keep working.
 */
final class SessionCookie {

    static final String NAME = "COPRODUCE_SESSION";
    static final String SECURE_NAME = "__Host-" + NAME;
    private static final boolean TRUST_PROXY = Settings.flag("COPRODUCE_TRUST_PROXY");

    private SessionCookie() {
    }

    static String from(HttpHeaders headers) {
        return value(headers.getCookies());
    }

    static String from(ContainerRequestContext context) {
        return value(context.getCookies());
    }

    static String value(Map<String, Cookie> cookies) {
        Cookie cookie = cookies.get(SECURE_NAME);
        if (cookie == null) {
            cookie = cookies.get(NAME);
        }
        return cookie == null ? null : cookie.getValue();
    }

    static NewCookie issue(String value, boolean secure) {
        return base(secure ? SECURE_NAME : NAME, value, secure).build();
    }

    /** Expires the cookie of this scheme; over https also a plain one left from before. */
    static NewCookie[] expire(boolean secure) {
        var own = base(secure ? SECURE_NAME : NAME, "", secure).maxAge(0).build();
        return secure ? new NewCookie[] {own, base(NAME, "", true).maxAge(0).build()} : new NewCookie[] {own};
    }

    private static NewCookie.Builder base(String name, String value, boolean secure) {
        return new NewCookie.Builder(name).value(value).path("/").httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.STRICT);
    }

    /** Over https: the connection is, or a trusted proxy (COPRODUCE_TRUST_PROXY) says so in X-Forwarded-Proto. */
    static boolean secure(HttpHeaders headers, String scheme) {
        return secure(scheme, headers.getHeaderString("X-Forwarded-Proto"), TRUST_PROXY);
    }

    static boolean secure(String scheme, String forwardedProto, boolean trustProxy) {
        return "https".equalsIgnoreCase(scheme)
                || trustProxy && forwardedProto != null && "https".equalsIgnoreCase(forwardedProto.split(",")[0].strip());
    }
}
