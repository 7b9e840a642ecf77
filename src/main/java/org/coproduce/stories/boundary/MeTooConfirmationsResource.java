package org.coproduce.stories.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.coproduce.problems.NotFound;
import org.coproduce.problems.RetriedOnConflict;
import org.coproduce.stories.control.MeTooContacts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A "me too" reader confirms the address they left, with the token from the confirmation e-mail.
 * Only a POST confirms: the e-mailed link opens confirm.html, whose button sends it, so a mail
 * scanner that fetches links confirms nothing.
 */
@Path("me-too/confirmation")
@RequestScoped
@Transactional
@RetriedOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "stories")
public class MeTooConfirmationsResource {

    @Inject
    MeTooContacts contacts;

    public record Confirmation(@NotBlank @Size(max = 100) String token) {
    }

    @POST
    @Operation(operationId = "confirmMeTooContact", summary = "Confirms the address of someone who experienced it too (double opt-in)")
    public Map<String, Object> confirm(@Valid @NotNull Confirmation confirmation) {
        if (!contacts.confirm(confirmation.token())) {
            throw new NotFound("confirmation link", null);
        }
        return Map.of("confirmed", true);
    }
}
