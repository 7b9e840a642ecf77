package org.coproduce.changes.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import org.coproduce.changes.control.ChangeRegister;
import org.coproduce.changes.entity.Difference;
import org.coproduce.problems.InvalidInput;
import org.coproduce.problems.NotFound;
import org.coproduce.problems.RetriedOnConflict;
import org.coproduce.problems.RetriedWhenStale;
import org.coproduce.stories.control.Stories;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The storyteller answers "did it make a difference?" through their follow link. */
@Path("follow/{token}/difference")
@RequestScoped
@Transactional
@RetriedOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "changes")
public class DifferenceResource {

    @Inject
    Stories stories;

    @Inject
    ChangeRegister register;

    @Inject
    Clock clock;

    public record Answer(@NotNull Long changeId, @NotBlank String answer) {
    }

    @RetriedWhenStale
    @POST
    @Operation(operationId = "answerDifferenceAsStoryteller", summary = "The storyteller says whether a change made a difference")
    @Parameters(@Parameter(name = "token", in = ParameterIn.PATH, description = "The storyteller's follow token",
            schema = @Schema(type = SchemaType.STRING)))
    public Map<String, Object> answer(@PathParam("token") String token, @Valid @NotNull Answer answer) {
        var story = stories.byFollowToken(token).orElseThrow(() -> new NotFound("story", null));
        var difference = Arrays.stream(Difference.values()).filter(d -> d.name().equalsIgnoreCase(answer.answer().strip()))
                .findFirst().orElseThrow(() -> new InvalidInput("answer", "must be one of YES, PARTLY, NO, TOO_EARLY"));
        var change = register.find(answer.changeId()).orElseThrow(() -> new NotFound("change", String.valueOf(answer.changeId())));
        change.answer(story.id(), difference, clock.instant());
        return Map.of("changeId", change.id(), "answer", difference.name());
    }
}
