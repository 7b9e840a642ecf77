package org.coproduce.participation.boundary;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.util.regex.Pattern;
import org.coproduce.platform.Digests;
import org.coproduce.platform.Secrets;
import org.coproduce.platform.Settings;

/**
 * The person taking part, without an account: a random token in the cookie {@value #NAME}
 * (HttpOnly, SameSite=Lax, the API's path, a year), given with the first proposal, comment or support.
 * Only its keyed hash (server secret {@code participant}) is stored: it makes a support count once
 * a person and counts the people who took part. Clearing cookies makes a new person (bounded by the
 * hourly limits per client address).
 */
record Participant(String token, boolean fresh) {

    static final String NAME = "COPRODUCE_PARTICIPANT";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{20,100}");
    private static final boolean TRUST_PROXY = Settings.flag("COPRODUCE_TRUST_PROXY");
    private static final Duration KEPT = Duration.ofDays(365);

    /** The caller's token, or a new one (set by {@link #remembered}). */
    static Participant of(HttpHeaders headers) {
        Cookie cookie = headers.getCookies().get(NAME);
        if (cookie != null && TOKEN.matcher(cookie.getValue()).matches()) {
            return new Participant(cookie.getValue(), false);
        }
        return new Participant(Digests.randomToken(), true);
    }

    /** The caller's token if they have one. */
    static java.util.Optional<Participant> known(HttpHeaders headers) {
        Cookie cookie = headers.getCookies().get(NAME);
        return cookie != null && TOKEN.matcher(cookie.getValue()).matches()
                ? java.util.Optional.of(new Participant(cookie.getValue(), false)) : java.util.Optional.empty();
    }

    String hash(Secrets secrets) {
        return secrets.keyedHash("participant", token);
    }

    /** The answer, with the cookie when the token is new. */
    Response remembered(Response.ResponseBuilder answer, HttpHeaders headers, UriInfo uri) {
        if (fresh) {
            String forwarded = headers.getHeaderString("X-Forwarded-Proto");
            boolean secure = "https".equalsIgnoreCase(uri.getRequestUri().getScheme())
                    || TRUST_PROXY && forwarded != null && "https".equalsIgnoreCase(forwarded.split(",")[0].strip());
            answer.cookie(new NewCookie.Builder(NAME).value(token).path(uri.getBaseUri().getPath()).httpOnly(true).secure(secure)
                    .sameSite(NewCookie.SameSite.LAX).maxAge((int) KEPT.toSeconds()).build());
        }
        return answer.build();
    }
}
