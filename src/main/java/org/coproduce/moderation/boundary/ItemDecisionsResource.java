package org.coproduce.moderation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.coproduce.accounts.boundary.Allowed;
import org.coproduce.accounts.control.Accounts;
import org.coproduce.accounts.entity.Account;
import org.coproduce.accounts.entity.Role;
import org.coproduce.moderation.control.ItemAudit;
import org.coproduce.moderation.entity.ItemDecision;
import org.coproduce.platform.Page;
import org.coproduce.platform.PageParameters;
import org.coproduce.problems.InvalidInput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail of decisions on proposals, comments and barrier reports, newest first, for moderators and admins. */
@Path("moderation/decisions")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "moderation")
public class ItemDecisionsResource {

    @Inject
    ItemAudit audit;

    @Inject
    Accounts accounts;

    /** One decision: {@code kind} PROPOSAL, COMMENT or BARRIER, {@code itemId} the item's id, {@code moderator} their display name. */
    public record ItemDecisionView(long id, String kind, long itemId, Long moderatorId, String moderator, String action, String reason,
            Instant at) {
    }

    @GET
    @Allowed({Role.MODERATOR, Role.ADMIN})
    @Operation(operationId = "listItemDecisions", summary = "Moderators' decisions on proposals, comments and barrier reports, newest first")
    @Parameter(name = "kind", in = ParameterIn.QUERY, description = "PROPOSAL, COMMENT, BARRIER or several separated by commas"
            + " (default all); anything else is 400 naming kind", schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "Page number, from 1 (default 1); out of range is 400 naming page",
            schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "size", in = ParameterIn.QUERY,
            description = "Items per page, 1 to 100 (default 20); out of range is 400 naming size",
            schema = @Schema(type = SchemaType.INTEGER))
    public Page<ItemDecisionView> list(@QueryParam("kind") String kind, @BeanParam PageParameters pages) {
        return audit.recent(kinds(kind), pages.paging()).map(this::view);
    }

    static List<String> kinds(String kind) {
        if (kind == null || kind.isBlank()) {
            return ItemDecision.KINDS;
        }
        var kinds = Arrays.stream(kind.split(",")).map(String::strip).toList();
        if (!ItemDecision.KINDS.containsAll(kinds)) {
            throw new InvalidInput("kind", "must be PROPOSAL, COMMENT or BARRIER (several separated by commas)");
        }
        return kinds;
    }

    private ItemDecisionView view(ItemDecision d) {
        String moderator = d.moderatorId() == null ? null : accounts.find(d.moderatorId()).map(Account::displayName).orElse(null);
        return new ItemDecisionView(d.id(), d.itemKind(), d.itemId(), d.moderatorId(), moderator, d.action(), d.reason(), d.decidedAt());
    }
}
