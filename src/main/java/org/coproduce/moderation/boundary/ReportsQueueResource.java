package org.coproduce.moderation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import org.coproduce.accounts.boundary.Allowed;
import org.coproduce.accounts.control.Caller;
import org.coproduce.accounts.entity.Role;
import org.coproduce.moderation.control.Audit;
import org.coproduce.moderation.control.RejectionReason;
import org.coproduce.moderation.control.ReportDecisions;
import org.coproduce.moderation.control.ReportDecisions.StoryAction;
import org.coproduce.moderation.control.Reports;
import org.coproduce.platform.Ids;
import org.coproduce.platform.Page;
import org.coproduce.platform.PageParameters;
import org.coproduce.problems.InvalidInput;
import org.coproduce.problems.NotFound;
import org.coproduce.problems.RetriedOnConflict;
import org.coproduce.responses.control.Responding;
import org.coproduce.responses.entity.StoryResponse;
import org.coproduce.stories.control.Stories;
import org.coproduce.stories.entity.Story;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The moderators' queue of reports (most serious first) and their decisions on reported stories and responses. */
@Path("moderation/reports")
@RequestScoped
@Transactional
@RetriedOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed({Role.MODERATOR, Role.ADMIN})
@Tag(name = "moderation")
public class ReportsQueueResource {

    @Inject
    Reports reports;

    @Inject
    ReportQueue queue;

    @Inject
    ReportDecisions decisions;

    @Inject
    Stories stories;

    @Inject
    Responding responding;

    @Inject
    Audit audit;

    @Inject
    Caller caller;

    @GET
    @Allowed({Role.MODERATOR, Role.ADMIN})
    @Operation(operationId = "listReports", summary = "Open reports grouped by story or response, most serious first")
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "Page number, from 1 (default 1); out of range is 400 naming page",
            schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "size", in = ParameterIn.QUERY,
            description = "Items per page, 1 to 100 (default 20); out of range is 400 naming size",
            schema = @Schema(type = SchemaType.INTEGER))
    public Page<ReportedItem> queue(@BeanParam PageParameters pages) {
        return queue.items(pages.paging());
    }

    @GET
    @Path("stories/{id}")
    @Allowed({Role.MODERATOR, Role.ADMIN})
    @Operation(operationId = "getReportedStory", summary = "A reported story with its reports")
    @Parameters(@Parameter(name = "id", in = ParameterIn.PATH,
            description = "The story's number", schema = @Schema(type = SchemaType.INTEGER)))
    public ReportedStoryView story(@PathParam("id") String id) {
        Story s = findStory(id);
        var trail = audit.of(s.id()).stream().map(d -> new ModerationView.AuditEntry(d.moderatorId(), d.responseId(),
                d.action(), d.reason(), d.decidedAt(), d.textBefore(), d.textAfter())).toList();
        return new ReportedStoryView(s.id(), s.version(), s.status().name(), s.publishedTitle(), s.publishedBody(),
                s.moderationReason(), s.moderatorsEditedAt(), s.email() != null,
                reports.of(s.id()).stream().filter(r -> r.responseId() == null).map(ReportLine::of).toList(), trail);
    }

    @POST
    @Path("stories/{id}/decision")
    @Allowed({Role.MODERATOR, Role.ADMIN})
    @Operation(operationId = "decideStoryReports", summary = "Decides the reports on a story: keep, redact or remove it")
    @Parameters(@Parameter(name = "id", in = ParameterIn.PATH,
            description = "The story's number", schema = @Schema(type = SchemaType.INTEGER)))
    public ReportedStoryView decide(@PathParam("id") String id, @Valid @NotNull ReportDecision decision) {
        var action = Arrays.stream(StoryAction.values()).filter(a -> a.name().equalsIgnoreCase(decision.action().strip()))
                .findFirst().orElseThrow(() -> new InvalidInput("action", "must be DISMISS, EDIT, HIDE, UNPUBLISH or RESTORE"));
        String reason = present(decision.reason());
        if (reason == null && (action == StoryAction.EDIT || action == StoryAction.HIDE || action == StoryAction.UNPUBLISH)) {
            throw new InvalidInput("reason", "give the reasons, for the storyteller");
        }
        if (action == StoryAction.EDIT && (present(decision.title()) == null || present(decision.text()) == null)) {
            throw new InvalidInput(present(decision.title()) == null ? "title" : "text", "the edited public title and text are needed");
        }
        decisions.decide(findStory(id), decision.version(), caller.id(), action, reason, present(decision.title()),
                present(decision.text()));
        return story(id);
    }

    @GET
    @Path("responses/{id}")
    @Allowed({Role.MODERATOR, Role.ADMIN})
    @Operation(operationId = "getReportedResponse", summary = "A reported response with its reports")
    @Parameters(@Parameter(name = "id", in = ParameterIn.PATH,
            description = "The response's id", schema = @Schema(type = SchemaType.INTEGER)))
    public ReportedResponseView response(@PathParam("id") String id) {
        var r = findResponse(id);
        return new ReportedResponseView(r.id(), r.version(), r.storyId(), r.status(), r.authorName(), r.body(),
                reports.of(r.storyId()).stream().filter(x -> r.id().equals(x.responseId())).map(ReportLine::of).toList());
    }

    @POST
    @Path("responses/{id}/decision")
    @Allowed({Role.MODERATOR, Role.ADMIN})
    @Operation(operationId = "decideResponseReports", summary = "Decides the reports on a response: keep or remove it")
    @Parameters(@Parameter(name = "id", in = ParameterIn.PATH,
            description = "The response's id", schema = @Schema(type = SchemaType.INTEGER)))
    public ReportedResponseView decideResponse(@PathParam("id") String id, @Valid @NotNull ReportDecision decision) {
        var response = findResponse(id);
        String note = present(decision.reason());
        switch (decision.action().strip().toUpperCase()) {
            case "DISMISS" -> decisions.decide(response, decision.version(), caller.id(), false, null, note);
            case "UNPUBLISH" -> {
                var code = RejectionReason.parse(decision.reasonCode()).orElseThrow(() -> new InvalidInput("reasonCode",
                        "must be PERSONAL_DATA, OFFENSIVE, OFF_TOPIC, SAFEGUARDING or OTHER"));
                if (code == RejectionReason.OTHER && note == null) {
                    throw new InvalidInput("reason", "say why, in a few words");
                }
                decisions.decide(response, decision.version(), caller.id(), true, code, note);
            }
            default -> throw new InvalidInput("action", "must be DISMISS or UNPUBLISH");
        }
        return response(id);
    }

    private Story findStory(String id) {
        return Ids.parse(id).flatMap(stories::find).filter(s -> s.publishedAt() != null)
                .orElseThrow(() -> new NotFound("story", id));
    }

    private StoryResponse findResponse(String id) {
        return Ids.parse(id).flatMap(responding::find).orElseThrow(() -> new NotFound("response", id));
    }

    private static String present(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
