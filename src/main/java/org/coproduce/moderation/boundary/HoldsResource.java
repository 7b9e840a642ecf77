package org.coproduce.moderation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.coproduce.accounts.boundary.Allowed;
import org.coproduce.accounts.control.Caller;
import org.coproduce.accounts.entity.Role;
import org.coproduce.moderation.control.Moderation;
import org.coproduce.platform.Ids;
import org.coproduce.problems.InvalidInput;
import org.coproduce.problems.NotFound;
import org.coproduce.problems.RetriedOnConflict;
import org.coproduce.stories.control.Stories;
import org.coproduce.stories.entity.Story;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The moderator's override of a hold: release the story now, or keep it held longer (or until released). */
@Path("moderation/stories/{id}/hold")
@RequestScoped
@Transactional
@RetriedOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "moderation")
public class HoldsResource {

    @Inject
    Stories stories;

    @Inject
    Moderation moderation;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @POST
    @Allowed({Role.MODERATOR, Role.ADMIN})
    @Operation(operationId = "decideHeldStory", summary = "Releases or keeps a story held for the provider")
    @Parameters(@Parameter(name = "id", in = ParameterIn.PATH,
            description = "The story's number", schema = @Schema(type = SchemaType.INTEGER)))
    public HoldView decide(@PathParam("id") String id, @Valid @NotNull HoldDecision decision) {
        Story story = Ids.parse(id).flatMap(stories::forUpdate).orElseThrow(() -> new NotFound("story", id));
        switch (decision.action().strip().toUpperCase(Locale.ROOT)) {
            case "RELEASE" -> moderation.release(story, decision.version(), caller.id());
            case "KEEP" -> moderation.keepHeld(story, decision.version(), caller.id(), until(decision.until()));
            default -> throw new InvalidInput("action", "must be RELEASE or KEEP");
        }
        return new HoldView(story.id(), story.status().name(), story.heldUntil());
    }

    private Instant until(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            var until = Instant.parse(text.strip());
            if (!until.isAfter(clock.instant())) {
                throw new InvalidInput("until", "must be in the future");
            }
            return until;
        } catch (DateTimeParseException e) {
            throw new InvalidInput("until", "must be an instant such as 2026-12-31T12:00:00Z");
        }
    }

    public record HoldView(long id, String status, Instant heldUntil) {
    }
}
