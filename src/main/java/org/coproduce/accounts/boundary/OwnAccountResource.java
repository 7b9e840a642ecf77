package org.coproduce.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.coproduce.accounts.control.Accounts;
import org.coproduce.accounts.control.Caller;
import org.coproduce.accounts.control.PasswordChanges;
import org.coproduce.accounts.entity.Role;
import org.coproduce.platform.ClientAddress;
import org.coproduce.problems.RetriedOnConflict;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What every logged-in user may do to their own account: change the password, choose the language of their e-mails. */
@Path("account")
@RequestScoped
@RetriedOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "accounts")
public class OwnAccountResource {

    @Inject
    Caller caller;

    @Inject
    PasswordChanges changes;

    @Inject
    Accounts accounts;

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest request;

    /** 204; 400 naming currentPassword (wrong) or newPassword (too short, too common); this login stays, the others end. */
    @POST
    @Path("password")
    @Transactional
    @Allowed({Role.ADMIN, Role.MODERATOR, Role.RESPONDER, Role.QUALITY_MANAGER})
    @Operation(operationId = "changeOwnPassword", summary = "Changes the caller's own password; the account's other logins end")
    public Response changePassword(@Valid @NotNull PasswordChange change) {
        var account = accounts.find(caller.id()).orElseThrow();
        changes.change(account, change.currentPassword(), change.newPassword(), ClientAddress.of(request),
                SessionCookie.from(headers));
        return Response.noContent().build();
    }

    /** The language ("en" or "de") of the e-mails to the caller: alerts, rises, escalations and the like. */
    public record LanguageChoice(@NotNull @Pattern(regexp = "en|de", message = "must be en or de") String language) {
    }

    /** 204; 400 naming language when it is neither en nor de. */
    @PUT
    @Path("language")
    @Transactional
    @Allowed({Role.ADMIN, Role.MODERATOR, Role.RESPONDER, Role.QUALITY_MANAGER})
    @Operation(operationId = "chooseOwnLanguage", summary = "Sets the language (en or de) of the e-mails to the caller's own account")
    public Response chooseLanguage(@Valid @NotNull LanguageChoice choice) {
        accounts.find(caller.id()).orElseThrow().speak(choice.language());
        return Response.noContent().build();
    }
}
