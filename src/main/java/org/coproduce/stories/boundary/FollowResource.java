package org.coproduce.stories.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.enterprise.event.Event;
import java.time.Clock;
import org.coproduce.background.control.Outbox;
import org.coproduce.problems.NotFound;
import org.coproduce.problems.RetriedOnConflict;
import org.coproduce.stories.control.Conversation;
import org.coproduce.stories.control.FollowLinkMail;
import org.coproduce.stories.control.Stories;
import org.coproduce.stories.control.StoryContested;
import org.coproduce.stories.control.StoryErasure;
import org.coproduce.stories.entity.IllegalTransition;
import org.coproduce.stories.entity.Story;
import org.coproduce.stories.entity.StoryStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The storyteller's private follow link: no account, the unguessable token is the key. */
@Path("follow/{token}")
@RequestScoped
@Transactional
@RetriedOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "stories")
public class FollowResource {

    @Inject
    Stories stories;

    @Inject
    StoryViews views;

    @Inject
    Instance<Conversation> conversation;

    @Inject
    StoryErasure erasure;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    Event<StoryContested> contested;

    @PathParam("token")
    String token;

    @GET
    @Operation(operationId = "getFollowedStory", summary = "The storyteller's own story, with its status, responses and replies")
    @Parameters(@Parameter(name = "token", in = ParameterIn.PATH,
            description = "The storyteller's follow token (from the acknowledgement or the e-mail)",
            schema = @Schema(type = SchemaType.STRING)))
    public FollowView get() {
        return views.follow(story());
    }

    @POST
    @Path("replies")
    @Operation(operationId = "replyToResponses", summary = "The storyteller replies to the responses")
    @Parameters(@Parameter(name = "token", in = ParameterIn.PATH,
            description = "The storyteller's follow token (from the acknowledgement or the e-mail)",
            schema = @Schema(type = SchemaType.STRING)))
    public Response reply(@Valid @NotNull Reply reply) {
        var story = story();
        if (story.status() != StoryStatus.PUBLISHED) {
            throw new IllegalTransition("You can reply once your story is published.");
        }
        conversation.get().storytellerReplies(story, reply.text().strip());
        return Response.accepted(views.follow(story)).build();
    }

    /**
     * Contests the moderators' decision to hide, unpublish or edit the story (the statement of
     * reasons is on the follow page): it goes back to the moderators' queue of reports.
     */
    @POST
    @Path("contest")
    @Operation(operationId = "contestDecision", summary = "The storyteller contests a moderation decision")
    @Parameters(@Parameter(name = "token", in = ParameterIn.PATH,
            description = "The storyteller's follow token (from the acknowledgement or the e-mail)",
            schema = @Schema(type = SchemaType.STRING)))
    public Response contest(@Valid @NotNull Contest contest) {
        var story = story();
        if (story.moderationReason() == null) {
            throw new IllegalTransition("There is no decision of the moderators on this story to contest.");
        }
        contested.fire(new StoryContested(story.id(), contest.text().strip()));
        return Response.accepted(views.follow(story)).build();
    }

    /** Right of access: everything held about the story, as a JSON file. */
    @GET
    @Path("export")
    @Operation(operationId = "exportOwnStory", summary = "Everything kept about the story, as JSON (right of access)")
    @Parameters(@Parameter(name = "token", in = ParameterIn.PATH,
            description = "The storyteller's follow token (from the acknowledgement or the e-mail)",
            schema = @Schema(type = SchemaType.STRING)))
    public Response export() {
        var story = story();
        return Response.ok(views.export(story, clock.instant()))
                .header("Content-Disposition", "attachment; filename=\"story-" + story.id() + ".json\"").build();
    }

    /** Correcting the e-mail address (empty: none, no more e-mails); a new address gets a follow link at once, so a typo shows. */
    @PUT
    @Path("email")
    @Operation(operationId = "changeFollowEmail", summary = "Sets, changes or removes the storyteller's e-mail address")
    @Parameters(@Parameter(name = "token", in = ParameterIn.PATH,
            description = "The storyteller's follow token (from the acknowledgement or the e-mail)",
            schema = @Schema(type = SchemaType.STRING)))
    public Response changeEmail(@Valid @NotNull EmailChange change) {
        var story = story();
        String address = change.email() == null || change.email().isBlank() ? null : change.email().strip();
        story.changeEmail(address);
        if (address != null) {
            outbox.enqueue(FollowLinkMail.KIND, story.id());
        }
        return Response.noContent().build();
    }

    /**
     * Gives or withdraws the consent to use the published story to train the theme model, as
     * easily as it was given; a model already trained keeps what it learnt, the next retraining
     * leaves the story out.
     */
    @PUT
    @Path("training-consent")
    @Operation(operationId = "changeTrainingConsent", summary = "Gives or withdraws consent to train the theme model with the story")
    @Parameters(@Parameter(name = "token", in = ParameterIn.PATH,
            description = "The storyteller's follow token (from the acknowledgement or the e-mail)",
            schema = @Schema(type = SchemaType.STRING)))
    public Response changeTrainingConsent(@Valid @NotNull TrainingConsent change) {
        story().consentToTraining(change.consent());
        return Response.noContent().build();
    }

    @DELETE
    @Operation(operationId = "withdrawStory", summary = "The storyteller withdraws the story: it is erased")
    @Parameters(@Parameter(name = "token", in = ParameterIn.PATH,
            description = "The storyteller's follow token (from the acknowledgement or the e-mail)",
            schema = @Schema(type = SchemaType.STRING)))
    public Response withdraw() {
        erasure.withdraw(story());
        return Response.noContent().build();
    }

    private Story story() {
        return stories.byFollowToken(token).orElseThrow(() -> new NotFound("story", "for this link"));
    }

    public record EmailChange(@Email @Size(max = 254) String email) {
    }

    public record Reply(@NotBlank @Size(max = 5000) String text) {
    }

    public record Contest(@NotBlank @Size(max = 5000) String text) {
    }

    public record TrainingConsent(@NotNull Boolean consent) {
    }
}
