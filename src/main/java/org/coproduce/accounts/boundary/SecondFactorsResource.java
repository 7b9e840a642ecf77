package org.coproduce.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.coproduce.accounts.control.SecurityLog;
import org.coproduce.accounts.entity.SecurityEvent;
import org.coproduce.accounts.control.Caller;
import org.coproduce.accounts.control.HashingBusy;
import org.coproduce.accounts.control.HashingGate;
import org.coproduce.accounts.control.LoginSessions;
import org.coproduce.accounts.control.LoginThrottled;
import org.coproduce.accounts.control.Passwords;
import org.coproduce.accounts.control.SecondFactorPolicy;
import org.coproduce.accounts.control.SecondFactors;
import org.coproduce.accounts.entity.Role;
import org.coproduce.problems.Forbidden;
import org.coproduce.problems.InvalidInput;
import org.coproduce.problems.RetriedOnConflict;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own second factor (TOTP): set it up, confirm it with a first code, turn it off. */
@Path(SecondFactorsResource.PATH)
@RequestScoped
@Transactional
@RetriedOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed({Role.ADMIN, Role.MODERATOR, Role.RESPONDER, Role.QUALITY_MANAGER})
@Tag(name = "accounts")
public class SecondFactorsResource {

    static final String PATH = "account/second-factor";

    @Inject
    SecurityLog securityLog;

    @Inject
    Caller caller;

    @Inject
    SecondFactors factors;

    @Inject
    LoginSessions sessions;

    @Inject
    Passwords passwords;

    @Inject
    HashingGate gate;

    @GET
    @Operation(operationId = "getOwnSecondFactor",
            summary = "Whether the caller has a second factor, needs one, and how many recovery codes are left")
    public SecondFactorView state() {
        var account = caller.account().orElseThrow();
        return new SecondFactorView(factors.enrolled(account.id()), SecondFactorPolicy.required(account),
                factors.recoveryCodesLeft(account.id()));
    }

    /** A new secret; until it is confirmed, logins do not ask for it. */
    @POST
    @Operation(operationId = "startSecondFactor", summary = "Starts setting up an authenticator app: its secret and otpauth URI")
    public SecondFactorEnrolment start() {
        var account = caller.account().orElseThrow();
        if (SecondFactorPolicy.demoAccount(account)) {
            throw new Forbidden("Demo accounts share a published password: a second factor would lock the other visitors out.");
        }
        var enrolment = factors.start(account);
        return new SecondFactorEnrolment(enrolment.secret(), enrolment.uri());
    }

    /** The first code from the app turns the second factor on; answers the recovery codes, shown only now. */
    @POST
    @Path("confirm")
    @Operation(operationId = "confirmSecondFactor",
            summary = "Turns the second factor on with the app's first code; answers the recovery codes")
    public RecoveryCodes confirm(@Valid @NotNull SecondFactorCode input) {
        var account = caller.account().orElseThrow();
        if (input.code() == null || input.code().isBlank()) {
            throw new InvalidInput("code", "must not be blank");
        }
        var codes = factors.confirm(account, input.code().strip());
        sessions.enrolled(account.id());
        securityLog.byCaller(SecurityEvent.Kind.SECOND_FACTOR_ENROLLED, account.id(), null);
        return new RecoveryCodes(codes);
    }

    /**
     * Needs the password and a code; not for a role that needs a second factor. A POST, not a
     * DELETE with a body: such a DELETE got an empty 400 from Payara Micro before reaching us.
     */
    @POST
    @Path("disable")
    @Transactional(dontRollbackOn = {LoginThrottled.class, HashingBusy.class})
    @Operation(operationId = "disableSecondFactor", summary = "Turns the caller's second factor off (password and a code)")
    public Response remove(@Valid @NotNull SecondFactorRemoval input) {
        var account = caller.account().orElseThrow();
        if (SecondFactorPolicy.required(account)) {
            throw new Forbidden("Your role needs a second factor: it cannot be turned off.");
        }
        if (!factors.enrolled(account.id())) {
            return Response.noContent().build();
        }
        if (!gate.check(() -> passwords.matches(input.password(), account.passwordHash()))) {
            securityLog.byCaller(SecurityEvent.Kind.SECOND_FACTOR_FAILED, account.id(), "password when turning it off");
            throw new InvalidInput("password", "is not your current password");
        }
        if (!factors.check(account.id(), input.code(), null)) {
            securityLog.byCaller(SecurityEvent.Kind.SECOND_FACTOR_FAILED, account.id(), "code when turning it off");
            throw new InvalidInput("code", "is wrong or was used already");
        }
        factors.remove(account.id());
        securityLog.byCaller(SecurityEvent.Kind.SECOND_FACTOR_REMOVED, account.id(), null);
        return Response.noContent().build();
    }
}
