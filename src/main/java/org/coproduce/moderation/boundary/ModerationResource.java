package org.coproduce.moderation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.coproduce.analysis.control.StoredAnalyses;
import org.coproduce.moderation.control.Audit;
import org.coproduce.moderation.control.Moderation;
import org.coproduce.platform.Ids;
import org.coproduce.platform.Page;
import org.coproduce.platform.Paging;
import org.coproduce.problems.InvalidInput;
import org.coproduce.problems.NotFound;
import org.coproduce.problems.RetriedOnConflict;
import org.coproduce.problems.Violation;
import org.coproduce.responses.control.Responding;
import org.coproduce.stories.boundary.StoryViews;
import org.coproduce.stories.control.ConversationEntry;
import org.coproduce.stories.control.Stories;
import org.coproduce.stories.entity.Polarity;
import org.coproduce.stories.entity.Story;
import org.coproduce.stories.entity.ThemeTag;

@Path("moderation")
@RequestScoped
@Transactional
@RetriedOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(Role.MODERATOR)
public class ModerationResource {

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

    @GET
    @Path("queue")
    @Allowed(Role.MODERATOR)
    public Page<QueueItem> queue(@QueryParam("page") String page, @QueryParam("size") String size) {
        return stories.awaitingModeration(Paging.of(page, size)).map(s -> new QueueItem(s.id(), s.text().title(),
                s.submittedAt(), s.suggestedCriticality(), s.safeguarding(), s.language(), views.services(s)));
    }

    @GET
    @Path("stories/{id}")
    @Allowed(Role.MODERATOR)
    public ModerationView story(@PathParam("id") String id) {
        Story s = find(id);
        var text = s.text();
        var trail = audit.of(s.id()).stream().map(d -> new ModerationView.AuditEntry(d.moderatorId(), d.responseId(),
                d.action(), d.reason(), d.decidedAt(), d.textBefore(), d.textAfter())).toList();
        return new ModerationView(s.id(), s.version(), s.status().name(), text.title(), text.story(), text.good(),
                text.improve(), text.feeling(), text.whole(), s.relation().name(), s.happened(), s.category(),
                views.services(s), s.email() != null, s.latitude(), s.longitude(), s.submittedAt(),
                analyses.of(s.id()).orElse(null), trail);
    }

    @POST
    @Path("stories/{id}/decision")
    @Allowed(Role.MODERATOR)
    public ModerationView decide(@PathParam("id") String id, @Valid @NotNull StoryDecision decision) {
        Story story = find(id);
        switch (decision.action().strip().toUpperCase()) {
            case "PUBLISH" -> publish(story, decision);
            case "REJECT" -> {
                if (decision.reason() == null || decision.reason().isBlank()) {
                    throw new InvalidInput("reason", "say why, for the storyteller");
                }
                moderation.reject(story, decision.version(), caller.id(), decision.reason().strip());
            }
            default -> throw new InvalidInput("action", "must be PUBLISH or REJECT");
        }
        return story(id);
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
                decision.criticality(), themes(decision.themes()));
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
    @Allowed(Role.MODERATOR)
    public Page<ConversationEntry> replies(@QueryParam("page") String page, @QueryParam("size") String size) {
        return responding.pending(Paging.of(page, size)).map(responding::entry);
    }

    @POST
    @Path("replies/{id}/decision")
    @Allowed(Role.MODERATOR)
    public ConversationEntry decideReply(@PathParam("id") String id, @Valid @NotNull ReplyDecision decision) {
        var reply = Ids.parse(id).flatMap(responding::find).orElseThrow(() -> new NotFound("reply", id));
        boolean publish = switch (decision.action().strip().toUpperCase()) {
            case "PUBLISH" -> true;
            case "REJECT" -> false;
            default -> throw new InvalidInput("action", "must be PUBLISH or REJECT");
        };
        moderation.decideReply(reply, publish, caller.id(), decision.reason());
        return responding.entry(reply);
    }

    private Story find(String id) {
        return Ids.parse(id).flatMap(stories::find).orElseThrow(() -> new NotFound("story", id));
    }
}
