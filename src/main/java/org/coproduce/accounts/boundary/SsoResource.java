package org.coproduce.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.logging.Logger;
import org.coproduce.accounts.control.SsoAttempt;
import org.coproduce.accounts.control.SsoClaims;
import org.coproduce.accounts.control.SsoFailed;
import org.coproduce.accounts.control.SsoLogin;
import org.coproduce.accounts.control.SsoProvider;
import org.coproduce.accounts.control.SsoRefused;
import org.coproduce.accounts.control.SecurityLog;
import org.coproduce.accounts.control.SsoSettings;
import org.coproduce.accounts.entity.SecurityEvent;
import org.coproduce.accounts.entity.Role;
import org.coproduce.platform.Settings;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Single sign-on with OpenID Connect. {@code login} sends the browser to the provider with a
 * sealed attempt cookie (SameSite=Lax, so that it comes back with the provider's redirect);
 * {@code callback} checks state, exchanges the code, validates the ID token and starts the same
 * login session as a password login. Whatever goes wrong ends on the login page with
 * {@code ?sso=refused} or {@code ?sso=failed} and no session.
 */
@Path("sso")
@RequestScoped
@Tag(name = "accounts")
public class SsoResource {

    static final String ATTEMPT_COOKIE = "COPRODUCE_SSO";
    private static final Logger LOG = Logger.getLogger(SsoResource.class.getName());
    /** Each role's start page, as homeOf in js/layout.js. */
    private static final Map<String, String> HOMES = Map.of(Role.RESPONDER, "staff/inbox.html",
            Role.QUALITY_MANAGER, "outcomes.html", Role.MODERATOR, "staff/moderation.html", Role.ADMIN, "staff/admin.html");

    @Inject
    SecurityLog securityLog;

    @Inject
    SsoProvider provider;

    @Inject
    SsoLogin login;

    @Inject
    Clock clock;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getSingleSignOn", summary = "Whether single sign-on is configured, and the login button's label")
    public SsoView offered() {
        return SsoSettings.fromEnvironment().map(s -> new SsoView(true, s.label())).orElse(new SsoView(false, null));
    }

    @GET
    @Path("login")
    @Operation(operationId = "startSingleSignOn", summary = "Redirects to the identity provider (OpenID Connect code flow with PKCE)")
    @Parameters(@Parameter(name = "next", in = ParameterIn.QUERY,
            description = "A path on this site to return to after the login (anything else is dropped)",
            schema = @Schema(type = SchemaType.STRING)))
    public Response start(@QueryParam("next") String next) {
        var settings = SsoSettings.fromEnvironment().orElseThrow(SsoNotConfigured::new);
        var attempt = SsoAttempt.start(next, clock.instant());
        try {
            var target = provider.authorization(settings, attempt, callback());
            return Response.seeOther(target).cookie(attemptCookie(attempt.seal(login.sealKey()), false)).build();
        } catch (SsoFailed e) {
            return toLoginPage("failed");
        }
    }

    @GET
    @Path("callback")
    @Operation(operationId = "finishSingleSignOn",
            summary = "The identity provider's redirect back: logs in and redirects to the start page")
    @Parameter(name = "code", in = ParameterIn.QUERY, description = "The identity provider's authorization code",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "state", in = ParameterIn.QUERY, description = "The state sent to the identity provider",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "error", in = ParameterIn.QUERY, description = "The identity provider's error code, when it refused",
            schema = @Schema(type = SchemaType.STRING))
    public Response callback(@QueryParam("code") String code, @QueryParam("state") String state, @QueryParam("error") String error) {
        var settings = SsoSettings.fromEnvironment().orElseThrow(SsoNotConfigured::new);
        Cookie sealed = headers.getCookies().get(ATTEMPT_COOKIE);
        var attempt = SsoAttempt.open(sealed == null ? null : sealed.getValue(), login.sealKey(), clock.instant())
                .filter(a -> a.answers(state));
        if (attempt.isEmpty() || error != null || code == null || code.length() > 2000) {
            securityLog.record(SecurityEvent.Kind.SSO_FAILED, null, null, "not completed");
            LOG.info("Single sign-on not completed: " + (attempt.isEmpty() ? "no valid attempt cookie for this state" : "provider said " + error));
            return toLoginPage("failed");
        }
        try {
            var claims = provider.exchange(settings, attempt.get(), code, callback());
            var done = login.complete(SsoClaims.from(claims.toJSONObject(), settings), settings.roles(), SessionCookie.from(headers));
            securityLog.record(SecurityEvent.Kind.SSO_LOGIN, done.accountId(), done.accountId(), null);
            var target = attempt.get().nextPath().map(site()::resolve).orElseGet(() -> site().resolve(HOMES.get(done.role())));
            return Response.seeOther(target).cookie(SessionCookie.issue(done.session().token(), secure()), attemptCookie("", true)).build();
        } catch (SsoRefused e) {
            LOG.info("Single sign-on refused: " + e.getMessage());
            securityLog.record(SecurityEvent.Kind.SSO_FAILED, null, null, "refused: " + e.getMessage());
            return toLoginPage("refused");
        } catch (SsoFailed e) {
            LOG.warning("Single sign-on failed: " + e.getMessage());
            securityLog.record(SecurityEvent.Kind.SSO_FAILED, null, null, "failed");
            return toLoginPage("failed");
        }
    }

    private Response toLoginPage(String why) {
        return Response.seeOther(site().resolve("login.html?sso=" + why)).cookie(attemptCookie("", true)).build();
    }

    /** The site's root: COPRODUCE_BASE_URL when set (behind a proxy), else as this request reached it. */
    private URI site() {
        return Settings.get("COPRODUCE_BASE_URL").map(b -> URI.create(b.endsWith("/") ? b : b + "/"))
                .orElseGet(() -> uri.getBaseUri().resolve(".."));
    }

    private URI callback() {
        return site().resolve("api/sso/callback");
    }

    private NewCookie attemptCookie(String value, boolean expire) {
        var cookie = new NewCookie.Builder(ATTEMPT_COOKIE).value(value).path(uri.getBaseUri().getPath() + "sso")
                .httpOnly(true).secure(secure()).sameSite(NewCookie.SameSite.LAX)
                .maxAge(expire ? 0 : (int) SsoAttempt.LIFETIME.toSeconds());
        return cookie.build();
    }

    private boolean secure() {
        return SessionCookie.secure(headers, uri.getRequestUri().getScheme());
    }
}
