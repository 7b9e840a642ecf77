package org.coproduce.participation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.coproduce.accounts.boundary.Allowed;
import org.coproduce.accounts.entity.Role;
import org.coproduce.participation.control.Milestones;
import org.coproduce.participation.control.Participations;
import org.coproduce.participation.entity.Stage;
import org.coproduce.platform.Ids;
import org.coproduce.problems.CheckedAfterAccess;
import org.coproduce.problems.Inputs;
import org.coproduce.problems.InvalidInput;
import org.coproduce.problems.NotFound;
import org.coproduce.problems.RetriedOnConflict;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The change's organisation's staff post its milestones; each is e-mailed to the change's confirmed followers. */
@Path("changes/{id}/milestones")
@RequestScoped
@Transactional
@RetriedOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "participation")
public class MilestonesResource {

    @Inject
    Participations participations;

    @Inject
    Milestones milestones;

    @Inject
    Inputs inputs;

    public record MilestoneInput(@NotNull @Pattern(regexp = "PLANNED|IN_PROGRESS|DONE") String stage,
            @NotNull @Pattern(regexp = "[0-9]{4}-[0-9]{2}-[0-9]{2}") String on, @Size(max = 2000) String evidence) {
    }

    @POST
    @Allowed({Role.RESPONDER, Role.QUALITY_MANAGER, Role.ADMIN})
    @Operation(operationId = "postMilestone",
            summary = "Posts a milestone of a change (planned, in progress, done), e-mailed to its confirmed followers")
    @Parameters(@Parameter(name = "id", in = ParameterIn.PATH, description = "The change's id", schema = @Schema(type = SchemaType.INTEGER)))
    @CheckedAfterAccess
    public Response milestone(@PathParam("id") String id, MilestoneInput body) {
        var change = participations.writable(changeId(id));
        var input = inputs.valid(body);
        LocalDate on;
        try {
            on = LocalDate.parse(input.on());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("on", "must be a date written YYYY-MM-DD");
        }
        String evidence = input.evidence() == null || input.evidence().isBlank() ? null : input.evidence().strip();
        var posted = milestones.post(change, Stage.valueOf(input.stage()), on, evidence);
        return Response.status(Response.Status.CREATED).entity(ParticipationViews.milestone(posted)).build();
    }

    private static long changeId(String id) {
        return Ids.parse(id).orElseThrow(() -> new NotFound("change", id));
    }
}
