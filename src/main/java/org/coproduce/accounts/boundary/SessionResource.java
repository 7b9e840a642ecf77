package org.coproduce.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.coproduce.accounts.control.Accounts;
import org.coproduce.accounts.control.Caller;
import org.coproduce.accounts.control.HashingBusy;
import org.coproduce.accounts.control.Login;
import org.coproduce.accounts.control.LoginRefused;
import org.coproduce.accounts.control.LoginSessions;
import org.coproduce.accounts.control.LoginThrottled;
import org.coproduce.accounts.control.PendingLogins;
import org.coproduce.accounts.control.SecondFactorPolicy;
import org.coproduce.accounts.control.SecondFactors;
import org.coproduce.accounts.control.SecurityLog;
import org.coproduce.accounts.entity.SecurityEvent;
import org.coproduce.platform.ClientAddress;
import org.coproduce.problems.InvalidInput;
import org.coproduce.problems.RetriedOnConflict;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("session")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RetriedOnConflict
@Tag(name = "accounts")
public class SessionResource {

    @Inject
    Login login;

    @Inject
    LoginSessions sessions;

    @Inject
    Caller caller;

    @Inject
    SecondFactors factors;

    @Inject
    PendingLogins pending;

    @Inject
    Accounts accounts;

    @Inject
    SecurityLog log;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest request;

    /**
     * Failed attempts are counted in transactions of their own before the password is checked
     * (see LoginThrottle); 429 or 503 with Retry-After when throttled or when hashing is busy.
     */
    @POST
    @Transactional(dontRollbackOn = {LoginRefused.class, LoginThrottled.class, HashingBusy.class})
    @Operation(operationId = "logIn", summary = "Logs in with e-mail and password: the session cookie and the CSRF token")
    @RequestBody(description = "The account's e-mail address and password",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "demoResponder",
                    value = "{\"email\": \"responder@demo.example\", \"password\": \"demo-password\"}")))
    public Response logIn(@Valid @NotNull Credentials credentials) {
        var account = login.authenticate(credentials.email(), credentials.password(), ClientAddress.of(request));
        sessions.end(SessionCookie.from(headers));
        if (factors.enrolled(account.id())) {
            return Response.accepted(new SecondFactorNeeded("totp"))
                    .cookie(PendingCookie.issue(pending.start(account.id()), secure())).build();
        }
        boolean enrolOnly = SecondFactorPolicy.required(account);
        var started = sessions.start(account.id(), enrolOnly);
        var answer = Response.ok(SessionView.of(account, started.csrfToken(), enrolOnly))
                .cookie(SessionCookie.issue(started.token(), secure()));
        if (secure()) {
            answer.cookie(SessionCookie.expire(false));
        }
        return answer.build();
    }

    /**
     * The second step after a right password (202 with secondFactor "totp"): the app's code or
     * a recovery code, with the pending-login cookie. Wrong: 400 naming the field, and after 5 wrong codes the
     * account's next attempts wait (429 with Retry-After). Right: the session, as a login without
     * a second factor gets it.
     */
    @POST
    @Path("second-factor")
    @Transactional(dontRollbackOn = LoginThrottled.class)
    @Operation(operationId = "logInSecondFactor", summary = "Completes a login with the second factor's code or a recovery code")
    public Response secondFactor(@Valid @NotNull SecondFactorCode input) {
        String token = PendingCookie.from(headers);
        var accountId = pending.accountOf(token).orElseThrow(SecondFactorRefused::new);
        boolean blank = (input.code() == null || input.code().isBlank())
                && (input.recoveryCode() == null || input.recoveryCode().isBlank());
        if (blank) {
            throw new InvalidInput("code", "must not be blank");
        }
        String code = input.code() == null || input.code().isBlank() ? null : input.code();
        if (!factors.check(accountId, code, code == null ? input.recoveryCode() : null)) {
            log.record(SecurityEvent.Kind.SECOND_FACTOR_FAILED, null, accountId, code == null ? "recovery code at login" : "code at login");
            throw new InvalidInput(code == null ? "recoveryCode" : "code", "is wrong or was used already");
        }
        log.record(SecurityEvent.Kind.SECOND_FACTOR_VERIFIED, accountId, accountId, code == null ? "recovery code" : "code");
        pending.end(token);
        sessions.end(SessionCookie.from(headers));
        var account = accounts.find(accountId).orElseThrow(SecondFactorRefused::new);
        var started = sessions.start(accountId);
        return Response.ok(SessionView.of(account, started.csrfToken()))
                .cookie(SessionCookie.issue(started.token(), secure()), PendingCookie.expire(secure())).build();
    }

    @GET
    @Operation(operationId = "getSession", summary = "The caller's login, or 401")
    public SessionView who() {
        var account = caller.account().orElseThrow(LoginRefused::new);
        return SessionView.of(account, caller.csrfToken(), caller.enrolOnly());
    }

    @DELETE
    @Transactional
    @Operation(operationId = "logOut", summary = "Logs out")
    public Response logOut() {
        caller.account().ifPresent(a -> log.record(SecurityEvent.Kind.LOGOUT, a.id(), a.id(), null));
        sessions.end(SessionCookie.from(headers));
        return Response.noContent().cookie(SessionCookie.expire(secure())).build();
    }

    private boolean secure() {
        return SessionCookie.secure(headers, uri.getRequestUri().getScheme());
    }
}
