package org.coproduce.participation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.coproduce.accounts.boundary.Allowed;
import org.coproduce.accounts.control.Caller;
import org.coproduce.accounts.entity.Role;
import org.coproduce.participation.control.Contributions;
import org.coproduce.participation.control.Participations;
import org.coproduce.participation.entity.Contribution;
import org.coproduce.platform.Ids;
import org.coproduce.platform.Page;
import org.coproduce.platform.PageParameters;
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

/**
 * The moderators' queue of proposals and comments, oldest first, with what the screening found;
 * nothing is public until a moderator publishes it (edited when needed) or rejects it with a reason.
 */
@Path("moderation/contributions")
@RequestScoped
@Transactional
@RetriedOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed({Role.MODERATOR, Role.ADMIN})
@Tag(name = "participation")
public class ContributionModerationResource {

    @Inject
    Contributions contributions;

    @Inject
    Participations participations;

    @Inject
    Caller caller;

    /** A proposal or comment awaiting (or past) a decision; {@code proposalText}: the proposal a comment is about. */
    public record QueuedContribution(long id, long version, String kind, long changeId, String changeDescription, Long proposalId,
            String proposalText, String text, String displayName, String language, String findings, String status,
            java.time.Instant createdAt, String rejectionReason) {
    }

    /** {@code action} PUBLISH (with {@code text}: the moderator's edit) or REJECT (with {@code reason}). */
    public record Decision(@NotNull @Pattern(regexp = "PUBLISH|REJECT") String action, Long version, @Size(max = 2000) String text,
            @Size(max = 500) String reason) {
    }

    @GET
    @Operation(operationId = "listPendingContributions", summary = "Proposals and comments awaiting moderation, oldest first")
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "Page number, from 1 (default 1); out of range is 400 naming page",
            schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "size", in = ParameterIn.QUERY,
            description = "Items per page, 1 to 100 (default 20); out of range is 400 naming size",
            schema = @Schema(type = SchemaType.INTEGER))
    public Page<QueuedContribution> queue(@BeanParam PageParameters pages) {
        return contributions.pending(pages.paging()).map(this::view);
    }

    @POST
    @Path("{id}/decision")
    @Operation(operationId = "decideContribution", summary = "Publishes (optionally edited) or rejects a proposal or comment")
    @Parameters(@Parameter(name = "id", in = ParameterIn.PATH, description = "The proposal's or comment's id",
            schema = @Schema(type = SchemaType.INTEGER)))
    public QueuedContribution decide(@PathParam("id") String id, @Valid @NotNull Decision decision) {
        var contribution = Ids.parse(id).flatMap(contributions::find).orElseThrow(() -> new NotFound("contribution", id));
        String text = decision.text() == null ? null : decision.text().strip();
        String reason = decision.reason() == null || decision.reason().isBlank() ? null : decision.reason().strip();
        if ("PUBLISH".equals(decision.action())) {
            if (text != null && text.isEmpty()) {
                throw new InvalidInput("text", "must not be blank");
            }
            contributions.publish(contribution, Optional.ofNullable(decision.version()), text, caller.id());
        } else {
            if (reason == null) {
                throw new InvalidInput("reason", "give the reason for rejecting it");
            }
            contributions.reject(contribution, Optional.ofNullable(decision.version()), reason, caller.id());
        }
        return view(contribution);
    }

    private QueuedContribution view(Contribution c) {
        var change = participations.change(c.changeId());
        String proposalText = c.isProposal() ? null : contributions.find(c.proposalId()).map(Contribution::body).orElse(null);
        return new QueuedContribution(c.id(), c.version(), c.isProposal() ? "PROPOSAL" : "COMMENT", c.changeId(), change.description(),
                c.proposalId(), proposalText, c.body(), c.displayName(), c.language(), c.findings(), c.status().name(), c.createdAt(),
                c.rejectionReason());
    }
}
