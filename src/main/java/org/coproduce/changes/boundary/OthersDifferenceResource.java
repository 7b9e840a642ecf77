package org.coproduce.changes.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.coproduce.changes.control.ChangeRegister;
import org.coproduce.changes.control.OthersAsked;
import org.coproduce.changes.entity.Difference;
import org.coproduce.problems.InvalidInput;
import org.coproduce.problems.NotFound;
import org.coproduce.problems.RetriedOnConflict;
import org.coproduce.problems.RetriedWhenStale;
import org.coproduce.providers.control.Directory;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Someone who experienced a story too answers "did it make a difference?" through the link they were e-mailed. */
@Path("difference/{token}")
@RequestScoped
@Transactional
@RetriedOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "changes")
public class OthersDifferenceResource {

    @Inject
    OthersAsked others;

    @Inject
    ChangeRegister register;

    @Inject
    Directory directory;

    public record Question(long changeId, String organisation, String description, LocalDate madeOn, List<String> answers,
            String answer) {
    }

    public record Answer(@NotBlank String answer) {
    }

    @GET
    @Operation(operationId = "getDifferenceQuestion",
            summary = "The question \"did this change make a difference?\" for someone who experienced it too")
    @Parameters(@Parameter(name = "token", in = ParameterIn.PATH, description = "The token from the e-mailed question",
            schema = @Schema(type = SchemaType.STRING)))
    public Question question(@PathParam("token") String token) {
        var asked = others.find(token).orElseThrow(() -> new NotFound("question", "for this link"));
        var change = register.find(asked.changeId()).orElseThrow(() -> new NotFound("change", null));
        return new Question(change.id(), directory.organisation(change.organisationId()).map(o -> o.name()).orElse(null),
                change.description(), change.madeOn(), Arrays.stream(Difference.values()).map(Enum::name).toList(), asked.answer());
    }

    @RetriedWhenStale
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "answerDifference", summary = "Someone who experienced it too says whether the change made a difference")
    @Parameters(@Parameter(name = "token", in = ParameterIn.PATH, description = "The token from the e-mailed question",
            schema = @Schema(type = SchemaType.STRING)))
    public Question answer(@PathParam("token") String token, @Valid @NotNull Answer answer) {
        others.find(token).orElseThrow(() -> new NotFound("question", "for this link"));
        var difference = Arrays.stream(Difference.values()).filter(d -> d.name().equalsIgnoreCase(answer.answer().strip()))
                .findFirst().orElseThrow(() -> new InvalidInput("answer", "must be one of YES, PARTLY, NO, TOO_EARLY"));
        others.answer(token, difference);
        return question(token);
    }
}
