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

/** Moderation figures per week for staff: queue, time to decision (median, 90th percentile), decisions. */
@Path("moderation/figures")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class FiguresResource {

    @Inject
    ModerationFigures figures;

    @GET
    @Allowed({Role.MODERATOR, Role.ADMIN})
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
