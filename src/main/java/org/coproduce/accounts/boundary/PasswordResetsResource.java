package org.coproduce.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.coproduce.accounts.control.PasswordResets;
import org.coproduce.platform.Languages;
import org.coproduce.problems.RetriedOnConflict;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A forgotten password (no login needed): ask for a link, then set a new password with it. Asking
 * always answers 202, whether the address has an account or not.
 */
@Path("password-resets")
@RequestScoped
@RetriedOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "accounts")
public class PasswordResetsResource {

    @Inject
    PasswordResets resets;

    @Context
    HttpHeaders headers;

    @POST
    @Transactional
    @Operation(operationId = "requestPasswordReset", summary = "E-mails a one-time password reset link to a known account (always 202)")
    public Response request(@Valid @NotNull ResetRequest request) {
        resets.request(request.email(), Languages.preferred(headers));
        return Response.accepted().build();
    }

    /** 204; 400 naming token (unknown, used, expired) or newPassword (too short, too common). */
    @POST
    @Path("use")
    @Transactional
    @Operation(operationId = "resetPassword", summary = "Sets a new password with the token from the reset link")
    public Response use(@Valid @NotNull ResetUse use) {
        resets.use(use.token(), use.newPassword());
        return Response.noContent().build();
    }
}
