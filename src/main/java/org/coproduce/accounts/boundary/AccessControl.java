package org.coproduce.accounts.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Set;
import org.coproduce.accounts.control.Accounts;
import org.coproduce.accounts.control.Caller;
import org.coproduce.accounts.control.LoginSessions;
import org.coproduce.platform.ClientAddress;
import org.coproduce.problems.Forbidden;

/**
 * For every API request: finds the logged-in account from the session, refuses a change made
 * with the session cookie but without its CSRF token (403), and enforces {@code @Allowed}
 * (401 for nobody, 403 for the wrong role). A login that must first set up its second factor
 * is a caller only on the session and second-factor endpoints: elsewhere it is the public, and a
 * staff endpoint answers 403 {@link SecondFactorRequired}.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AccessControl implements ContainerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Context
    ResourceInfo resource;

    @Inject
    LoginSessions sessions;

    @Inject
    Caller caller;

    @Inject
    Accounts accounts;

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        caller.from(ClientAddress.of(request));
        sessions.find(SessionCookie.from(context)).ifPresent(session -> accounts.find(session.accountId())
                .filter(account -> !account.disabled())
                .ifPresent(account -> {
                    if (!session.enrolOnly()) {
                        caller.become(account, session.csrfToken());
                    } else if (SecondFactorRequired.mayEnrol(context)) {
                        caller.becomeEnrolling(account, session.csrfToken());
                    } else if (allowed() != null) {
                        throw new SecondFactorRequired();
                    }
                }));
        if (caller.known() && !SAFE_METHODS.contains(context.getMethod()) && !isLogin(context)) {
            checkCsrf(context.getHeaderString("X-CSRF-Token"), caller.csrfToken());
        }
        Allowed allowed = allowed();
        if (allowed != null) {
            if (!caller.known()) {
                throw new NotAuthorizedException("Log in first.", "Session");
            }
            if (Arrays.stream(allowed.value()).noneMatch(caller::has)) {
                throw new Forbidden("Your role may not do this.");
            }
        }
    }

    /** Logging in and the forgotten-password forms need no session, so no CSRF token either. */
    private static boolean isLogin(ContainerRequestContext context) {
        String path = context.getUriInfo().getPath();
        return "POST".equals(context.getMethod()) && (path.equals("session") || path.equals("session/second-factor")
                || path.startsWith("password-resets"));
    }

    private static void checkCsrf(String sent, String expected) {
        if (sent == null || expected == null || !MessageDigest.isEqual(
                sent.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
            throw new Forbidden("Missing or wrong X-CSRF-Token header: send the csrfToken from POST /api/session.");
        }
    }

    private Allowed allowed() {
        var method = resource.getResourceMethod();
        if (method == null) {
            return null;
        }
        Allowed onMethod = method.getAnnotation(Allowed.class);
        return onMethod != null ? onMethod : resource.getResourceClass().getAnnotation(Allowed.class);
    }
}
