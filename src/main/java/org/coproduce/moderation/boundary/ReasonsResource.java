package org.coproduce.moderation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.coproduce.accounts.boundary.Allowed;
import org.coproduce.accounts.entity.Role;
import org.coproduce.moderation.control.Reasons;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The library of reasons, for moderators choosing why they reject (and for the administrators who keep it). */
@Path("moderation/reasons")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "moderation")
public class ReasonsResource {

    @Inject
    Reasons reasons;

    @GET
    @Allowed({Role.MODERATOR, Role.ADMIN})
    @Operation(operationId = "listReasons", summary = "The reasons a moderator may give, in the caller's language")
    public List<ReasonView> all() {
        return reasons.all().stream().map(ReasonView::of).toList();
    }
}
