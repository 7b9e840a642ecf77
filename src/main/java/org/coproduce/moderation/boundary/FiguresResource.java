package org.coproduce.moderation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.coproduce.accounts.boundary.Allowed;
import org.coproduce.accounts.entity.Role;
import org.coproduce.moderation.control.ModerationFigures;
import org.coproduce.problems.InvalidInput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Moderation figures per week for staff: queue, time to decision (median, 90th percentile), decisions. */
@Path("moderation/figures")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "moderation")
public class FiguresResource {

    @Inject
    ModerationFigures figures;

    @GET
    @Allowed({Role.MODERATOR, Role.ADMIN})
    @Operation(operationId = "getModerationFigures", summary = "Moderation figures by week: stories decided, times, reports and contests")
    @Parameters(@Parameter(name = "weeks", in = ParameterIn.QUERY, description = "How many ISO weeks, 1 to 52 (default 12)",
            schema = @Schema(type = SchemaType.INTEGER)))
    public ModerationFigures.Figures weeks(@QueryParam("weeks") String weeks) {
        return figures.last(count(weeks));
    }

    static int count(String weeks) {
        if (weeks == null || weeks.isBlank()) {
            return 12;
        }
        if (!weeks.strip().matches("[0-9]{1,2}") || Integer.parseInt(weeks.strip()) < 1 || Integer.parseInt(weeks.strip()) > 52) {
            throw new InvalidInput("weeks", "must be a whole number from 1 to 52");
        }
        return Integer.parseInt(weeks.strip());
    }
}
