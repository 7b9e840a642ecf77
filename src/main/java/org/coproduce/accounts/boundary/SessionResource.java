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
import org.coproduce.accounts.control.Caller;
import org.coproduce.accounts.control.HashingBusy;
import org.coproduce.accounts.control.Login;
import org.coproduce.accounts.control.LoginRefused;
import org.coproduce.accounts.control.LoginSessions;
import org.coproduce.accounts.control.LoginThrottled;
import org.coproduce.accounts.control.SecurityLog;
import org.coproduce.accounts.entity.SecurityEvent;
import org.coproduce.platform.ClientAddress;
import org.coproduce.problems.RetriedOnConflict;

@Path("session")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RetriedOnConflict
public class SessionResource {

    @Inject
    Login login;

    @Inject
    LoginSessions sessions;

    @Inject
    Caller caller;

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
    public Response logIn(@Valid @NotNull Credentials credentials) {
        var account = login.authenticate(credentials.email(), credentials.password(), ClientAddress.of(request));
        sessions.end(SessionCookie.from(headers));
        var started = sessions.start(account.id());
        var answer = Response.ok(SessionView.of(account, started.csrfToken()))
                .cookie(SessionCookie.issue(started.token(), secure()));
        if (secure()) {
            answer.cookie(SessionCookie.expire(false));
        }
        return answer.build();
    }

    @GET
    public SessionView who() {
        var account = caller.account().orElseThrow(LoginRefused::new);
        return SessionView.of(account, caller.csrfToken());
    }

    @DELETE
    @Transactional
    public Response logOut() {
        caller.account().ifPresent(a -> log.record(SecurityEvent.Kind.LOGOUT, a.id(), a.id(), null));
        sessions.end(SessionCookie.from(headers));
        return Response.noContent().cookie(SessionCookie.expire(secure())).build();
    }

    private boolean secure() {
        return SessionCookie.secure(headers, uri.getRequestUri().getScheme());
    }
}
