package org.coproduce.moderation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.coproduce.accounts.boundary.Allowed;
import org.coproduce.accounts.control.Caller;
import org.coproduce.accounts.entity.Role;
import org.coproduce.analysis.engine.PersonalDataFinder;
import org.coproduce.analysis.engine.SafeguardingScreen;
import org.coproduce.analysis.control.StoredAnalyses;
import org.coproduce.analysis.entity.Language;
import org.coproduce.moderation.control.Audit;
import org.coproduce.moderation.control.Moderation;
import org.coproduce.moderation.control.RejectionReason;
import org.coproduce.platform.Ids;
import org.coproduce.platform.Page;
import org.coproduce.platform.PageParameters;
import org.coproduce.problems.InvalidInput;
import org.coproduce.problems.NotFound;
import org.coproduce.problems.RetriedOnConflict;
import org.coproduce.problems.Violation;
import org.coproduce.providers.entity.GeoPoint;
import org.coproduce.responses.control.Responding;
import org.coproduce.responses.entity.StoryResponse;
import org.coproduce.stories.boundary.StoryViews;
import org.coproduce.stories.control.Stories;
import org.coproduce.stories.entity.Polarity;
import org.coproduce.stories.entity.Story;
import org.coproduce.stories.entity.ThemeTag;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("moderation")
@RequestScoped
@Transactional
@RetriedOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed({Role.MODERATOR, Role.ADMIN})
@Tag(name = "moderation")
public class ModerationResource {

    private static final PersonalDataFinder PERSONAL_DATA = new PersonalDataFinder();
    private static final SafeguardingScreen SAFEGUARDING = new SafeguardingScreen();

    @Inject
    Stories stories;

    @Inject
    StoryViews views;

    @Inject
    StoredAnalyses analyses;

    @Inject
    Moderation moderation;

    @Inject
    Audit audit;

    @Inject
    Responding responding;

    @Inject
    Caller caller;

    @Inject
    Rejections rejections;

    @GET
    @Path("queue")
    @Allowed({Role.MODERATOR, Role.ADMIN})
    @Operation(operationId = "listModerationQueue", summary = "Stories awaiting a decision, most critical first, then oldest")
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "Page number, from 1 (default 1); out of range is 400 naming page",
            schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "size", in = ParameterIn.QUERY,
            description = "Items per page, 1 to 100 (default 20); out of range is 400 naming size",
            schema = @Schema(type = SchemaType.INTEGER))
    public Page<QueueItem> queue(@BeanParam PageParameters pages) {
        return stories.awaitingModeration(pages.paging()).map(s -> new QueueItem(s.id(), s.text().title(),
                s.submittedAt(), s.suggestedCriticality(), s.safeguarding(), s.language(), views.services(s)));
    }

    @GET
    @Path("stories/{id}")
    @Allowed({Role.MODERATOR, Role.ADMIN})
    @Operation(operationId = "getStoryForModeration",
            summary = "One story as the moderator sees it, with its analysis and redaction proposals")
    @Parameters(@Parameter(name = "id", in = ParameterIn.PATH,
            description = "The story's number", schema = @Schema(type = SchemaType.INTEGER)))
    public ModerationView story(@PathParam("id") String id) {
        Story s = find(id);
        var text = s.text();
        var exact = s.exactPlace();
        var trail = audit.of(s.id()).stream().map(d -> new ModerationView.AuditEntry(d.moderatorId(), d.responseId(),
                d.action(), d.reason(), d.decidedAt(), d.textBefore(), d.textAfter())).toList();
        return new ModerationView(s.id(), s.version(), s.status().name(), text.title(), text.story(), text.good(),
                text.improve(), text.feeling(), text.whole(), s.relation().name(), s.happened(), s.category(),
                views.services(s), s.email() != null, exact == null ? null : exact.latitude(),
                exact == null ? null : exact.longitude(), s.submittedAt(), analyses.of(s.id()).orElse(null), trail,
                s.latitude(), s.longitude(), s.heldUntil());
    }

    @POST
    @Path("stories/{id}/decision")
    @Allowed({Role.MODERATOR, Role.ADMIN})
    @Operation(operationId = "decideStory", summary = "Publishes (redacted) or rejects a story")
    @Parameters(@Parameter(name = "id", in = ParameterIn.PATH,
            description = "The story's number", schema = @Schema(type = SchemaType.INTEGER)))
    public ModerationView decide(@PathParam("id") String id, @Valid @NotNull StoryDecision decision) {
        Story story = find(id);
        switch (decision.action().strip().toUpperCase()) {
            case "PUBLISH" -> publish(story, decision);
            case "REJECT" -> {
                moderation.reject(story, decision.version(), caller.id(),
                        rejections.reason(story.text().language(), decision.reasonCode(), decision.reason()));
            }
            case "ESCALATE" -> {
                if (decision.reason() == null || decision.reason().isBlank()) {
                    throw new InvalidInput("reason", "say what worries you, for the safeguarding lead");
                }
                moderation.escalate(story.id(), null, caller.id(), decision.reason().strip(), story.text().whole());
            }
            default -> throw new InvalidInput("action", "must be PUBLISH, REJECT or ESCALATE");
        }
        return story(id);
    }

    /** Moves the story's point (before publishing: kept exactly until then; shown coarsened). */
    @PUT
    @Path("stories/{id}/place")
    @Allowed({Role.MODERATOR, Role.ADMIN})
    @Operation(operationId = "moveStoryPlace", summary = "Moves a story's place")
    @Parameters(@Parameter(name = "id", in = ParameterIn.PATH,
            description = "The story's number", schema = @Schema(type = SchemaType.INTEGER)))
    public ModerationView movePlace(@PathParam("id") String id, @Valid @NotNull PlaceInput place) {
        moderation.movePlace(find(id), place.version(), caller.id(), new GeoPoint(place.latitude(), place.longitude()));
        return story(id);
    }

    /** Takes the story's point away: it shows on no map. */
    @DELETE
    @Path("stories/{id}/place")
    @Allowed({Role.MODERATOR, Role.ADMIN})
    @Operation(operationId = "removeStoryPlace", summary = "Removes a story's place")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "The story's number", schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "version", in = ParameterIn.QUERY, description = "The version last read; a stale one is 409 (optimistic locking)",
            schema = @Schema(type = SchemaType.INTEGER))
    public ModerationView removePlace(@PathParam("id") String id, @QueryParam("version") String version) {
        moderation.removePlace(find(id), version(version), caller.id());
        return story(id);
    }

    private static Long version(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (!text.strip().matches("[0-9]{1,18}")) {
            throw new InvalidInput("version", "must be the story version you saw, a whole number");
        }
        return Long.parseLong(text.strip());
    }

    private void publish(Story story, StoryDecision decision) {
        var missing = new ArrayList<Violation>();
        if (decision.title() == null || decision.title().isBlank()) {
            missing.add(new Violation("title", "the public title is needed to publish"));
        }
        if (decision.text() == null || decision.text().isBlank()) {
            missing.add(new Violation("text", "the de-identified text is needed to publish"));
        }
        if (decision.criticality() == null) {
            missing.add(new Violation("criticality", "set a criticality from 0 to 5 to publish"));
        }
        if (!missing.isEmpty()) {
            throw new InvalidInput(missing);
        }
        moderation.publish(story, decision.version(), caller.id(), decision.title().strip(), decision.text().strip(),
                decision.criticality(), themes(decision.themes()), decision.hold());
    }

    private static List<ThemeTag> themes(List<StoryDecision.ThemeChoice> choices) {
        if (choices == null) {
            return List.of();
        }
        var tags = new ArrayList<ThemeTag>();
        for (int i = 0; i < choices.size(); i++) {
            var choice = choices.get(i);
            Polarity polarity = switch (choice.polarity().strip().toUpperCase()) {
                case "GOOD" -> Polarity.GOOD;
                case "IMPROVE", "COULD_IMPROVE" -> Polarity.IMPROVE;
                default -> throw new InvalidInput("themes[" + i + "].polarity", "must be GOOD or IMPROVE");
            };
            if (tags.stream().noneMatch(t -> t.code().equals(choice.code().strip()))) {
                tags.add(new ThemeTag(choice.code().strip(), polarity));
            }
        }
        return tags;
    }

    @GET
    @Path("replies")
    @Allowed({Role.MODERATOR, Role.ADMIN})
    @Operation(operationId = "listReplyQueue", summary = "Responses and storytellers' replies awaiting moderation")
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "Page number, from 1 (default 1); out of range is 400 naming page",
            schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "size", in = ParameterIn.QUERY,
            description = "Items per page, 1 to 100 (default 20); out of range is 400 naming size",
            schema = @Schema(type = SchemaType.INTEGER))
    public Page<PendingReply> replies(@BeanParam PageParameters pages) {
        return responding.pending(pages.paging()).map(r -> {
            String text = r.textUnderReview() == null ? "" : r.textUnderReview();
            Language language = stories.find(r.storyId()).map(Story::language).flatMap(ModerationResource::language).orElse(Language.EN);
            return PendingReply.of(responding.underReview(r), !SAFEGUARDING.screen(text).isEmpty(), PERSONAL_DATA.find(text, language).size());
        });
    }

    @GET
    @Path("replies/{id}")
    @Allowed({Role.MODERATOR, Role.ADMIN})
    @Operation(operationId = "getReplyForModeration", summary = "One storyteller's reply as the moderator sees it")
    @Parameters(@Parameter(name = "id", in = ParameterIn.PATH, description = "The reply's id", schema = @Schema(type = SchemaType.INTEGER)))
    public ReplyView reply(@PathParam("id") String id) {
        var reply = findReply(id);
        var entry = responding.entry(reply);
        var story = stories.find(reply.storyId());
        String title = story.map(s -> s.publishedTitle() != null ? s.publishedTitle() : s.text().title()).orElse(null);
        Language language = story.map(Story::language).flatMap(ModerationResource::language).orElse(Language.EN);
        String text = reply.textUnderReview() == null ? "" : reply.textUnderReview();
        var trail = audit.of(reply.storyId()).stream().filter(d -> reply.id().equals(d.responseId()))
                .map(d -> new ModerationView.AuditEntry(d.moderatorId(), d.responseId(), d.action(), d.reason(), d.decidedAt(),
                        d.textBefore(), d.textAfter())).toList();
        return new ReplyView(reply.id(), reply.version(), reply.storyId(), title, reply.kind(), reply.authorName(),
                reply.authorTitle(), entry.organisationName(), reply.textUnderReview(), entry.change(),
                reply.awaitsModeration() ? StoryResponse.PENDING : reply.status(), reply.createdAt(),
                language.code(), PERSONAL_DATA.find(text, language), SAFEGUARDING.screen(text), reply.rejectionReason(),
                reply.rejectionNote(), trail, reply.pendingText() == null ? null : reply.body());
    }

    @POST
    @Path("replies/{id}/decision")
    @Allowed({Role.MODERATOR, Role.ADMIN})
    @Operation(operationId = "decideReply", summary = "Publishes (redacted) or rejects a storyteller's reply")
    @Parameters(@Parameter(name = "id", in = ParameterIn.PATH, description = "The reply's id", schema = @Schema(type = SchemaType.INTEGER)))
    public ReplyView decideReply(@PathParam("id") String id, @Valid @NotNull ReplyDecision decision) {
        var reply = findReply(id);
        String reason = decision.reason() == null || decision.reason().isBlank() ? null : decision.reason().strip();
        switch (decision.action().strip().toUpperCase()) {
            case "PUBLISH" -> {
                if (decision.text() != null && decision.text().isBlank()) {
                    throw new InvalidInput("text", "the text to publish is empty: write it, or reject the reply");
                }
                moderation.publishReply(reply, decision.version(), caller.id(), decision.text() == null ? null : decision.text().strip());
            }
            case "REJECT" -> {
                var code = decision.reasonCode() == null || decision.reasonCode().isBlank()
                        ? (reason == null ? null : RejectionReason.OTHER)
                        : RejectionReason.parse(decision.reasonCode()).orElseThrow(() -> new InvalidInput("reasonCode",
                                "must be PERSONAL_DATA, OFFENSIVE, OFF_TOPIC, SAFEGUARDING or OTHER"));
                if (code == null) {
                    throw new InvalidInput("reasonCode", "choose why the reply is rejected");
                }
                if (code == RejectionReason.OTHER && reason == null) {
                    throw new InvalidInput("reason", "say why, in a few words");
                }
                moderation.rejectReply(reply, decision.version(), caller.id(), code, reason);
            }
            case "ESCALATE" -> {
                if (reason == null) {
                    throw new InvalidInput("reason", "say what worries you, for the safeguarding lead");
                }
                moderation.escalate(reply.storyId(), reply.id(), caller.id(), reason, reply.body());
            }
            default -> throw new InvalidInput("action", "must be PUBLISH, REJECT or ESCALATE");
        }
        return reply(id);
    }

    private StoryResponse findReply(String id) {
        return Ids.parse(id).flatMap(responding::find).orElseThrow(() -> new NotFound("reply", id));
    }

    private static java.util.Optional<Language> language(String code) {
        return java.util.Arrays.stream(Language.values()).filter(l -> l.code().equalsIgnoreCase(code)).findFirst();
    }

    private Story find(String id) {
        return Ids.parse(id).flatMap(stories::find).orElseThrow(() -> new NotFound("story", id));
    }
}
