package org.coproduce.participation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.coproduce.accounts.boundary.Allowed;
import org.coproduce.accounts.entity.Role;
import org.coproduce.participation.control.Answers;
import org.coproduce.participation.control.Contributions;
import org.coproduce.participation.control.Supports;
import org.coproduce.participation.entity.Answer;
import org.coproduce.participation.entity.Contribution;
import org.coproduce.platform.Ids;
import org.coproduce.platform.Languages;
import org.coproduce.platform.Secrets;
import org.coproduce.problems.CheckedAfterAccess;
import org.coproduce.problems.Inputs;
import org.coproduce.problems.NotFound;
import org.coproduce.problems.RetriedOnConflict;
import org.coproduce.stories.control.Clients;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A published proposal: anyone comments on it (held for moderation) and supports it once (the
 * participant cookie) while its change is open; the change's organisation's staff answer it.
 */
@Path("proposals/{id}")
@RequestScoped
@Transactional
@RetriedOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "participation")
public class ProposalResource {

    @Inject
    Contributions contributions;

    @Inject
    Supports supports;

    @Inject
    Answers answers;

    @Inject
    Secrets secrets;

    @Inject
    Clients clients;

    @Inject
    Inputs inputs;

    @Context
    HttpServletRequest request;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    public record CommentInput(@NotBlank @Size(max = 1000) String text, @Size(max = 60) String displayName,
            @Pattern(regexp = "en|de") String language) {
    }

    /** What was decided about the proposal, and why. */
    public record AnswerInput(@NotNull @Pattern(regexp = "ADOPTED|NOT_ADOPTED|UNDER_CONSIDERATION") String decision,
            @NotBlank @Size(max = 2000) String reason) {
    }

    @POST
    @Path("comments")
    @Operation(operationId = "commentOnProposal", summary = "Comments on a published proposal (held for moderation)")
    @Parameters(@Parameter(name = "id", in = ParameterIn.PATH, description = "The proposal's id", schema = @Schema(type = SchemaType.INTEGER)))
    public Response comment(@PathParam("id") String id, @Valid @NotNull CommentInput input) {
        var proposal = contributions.publishedProposal(proposalId(id));
        var participant = Participant.of(headers);
        String language = input.language() != null ? input.language() : Languages.preferred(headers);
        var taken = contributions.comment(proposal, new Contributions.Text(input.text().strip(),
                ProposalsResource.name(input.displayName()), language), participant.hash(secrets), clients.hash(request));
        return participant.remembered(Response.accepted(Map.of("id", taken.contribution().id(), "status", "PENDING",
                "token", taken.token())), headers, uri);
    }

    @POST
    @Path("support")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "supportProposal", summary = "Supports a published proposal, once a person (the participant cookie)")
    @Parameters(@Parameter(name = "id", in = ParameterIn.PATH, description = "The proposal's id", schema = @Schema(type = SchemaType.INTEGER)))
    public Response support(@PathParam("id") String id) {
        var proposal = contributions.publishedProposal(proposalId(id));
        var participant = Participant.of(headers);
        boolean counted = supports.support(proposal, participant.hash(secrets), clients.hash(request));
        return participant.remembered(Response.ok(Map.of("supports", proposal.supports(), "counted", counted,
                "supportedByYou", true)), headers, uri);
    }

    @DELETE
    @Path("support")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "withdrawSupport", summary = "Takes one's support of a proposal back (erased)")
    @Parameters(@Parameter(name = "id", in = ParameterIn.PATH, description = "The proposal's id", schema = @Schema(type = SchemaType.INTEGER)))
    public Map<String, Object> withdraw(@PathParam("id") String id) {
        var proposal = contributions.publishedProposal(proposalId(id));
        boolean withdrawn = Participant.known(headers).map(p -> supports.withdraw(proposal, p.hash(secrets))).orElse(false);
        return Map.of("supports", proposal.supports(), "withdrawn", withdrawn, "supportedByYou", false);
    }

    @PUT
    @Path("answer")
    @Allowed({Role.RESPONDER, Role.QUALITY_MANAGER, Role.ADMIN})
    @Operation(operationId = "answerProposal",
            summary = "Says what was decided about a proposal and why (the change's organisation's staff)")
    @Parameters(@Parameter(name = "id", in = ParameterIn.PATH, description = "The proposal's id", schema = @Schema(type = SchemaType.INTEGER)))
    @CheckedAfterAccess
    public ParticipationView.ProposalView answer(@PathParam("id") String id, AnswerInput body) {
        var proposal = contributions.find(proposalId(id)).filter(Contribution::isProposal)
                .orElseThrow(() -> new NotFound("proposal", id));
        answers.mayAnswer(proposal);
        var input = inputs.valid(body);
        answers.answer(proposal, Answer.valueOf(input.decision()), input.reason().strip());
        return ParticipationViews.proposal(proposal, false, java.util.List.of());
    }

    private static long proposalId(String id) {
        return Ids.parse(id).orElseThrow(() -> new NotFound("proposal", id));
    }
}
