package org.coproduce.stories.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.coproduce.providers.control.Directory;
import org.coproduce.stories.control.Conversation;
import org.coproduce.stories.control.ConversationEntry;
import org.coproduce.stories.control.FollowUps;
import org.coproduce.stories.control.ThemeLabels;
import org.coproduce.stories.control.ThemeNames;
import org.coproduce.stories.entity.Story;

/** Builds the views of a story for the public and for its storyteller. */
@ApplicationScoped
public class StoryViews {

    @Inject
    Directory directory;

    @Inject
    Instance<Conversation> conversation;

    @Inject
    ThemeLabels themeLabels;

    @Inject
    Instance<FollowUps> followUps;

    public PublishedStoryView published(Story s, boolean withResponses, String language) {
        List<ConversationEntry> responses = withResponses && conversation.isResolvable()
                ? conversation.get().published(s.id()) : List.of();
        return new PublishedStoryView(s.id(), s.publishedTitle(), s.publishedBody(), s.relation().name(), s.happened(),
                s.publishedAt(), services(s), themes(s, language), s.criticality(), s.progress().name(), s.meTooCount(),
                s.latitude(), s.longitude(), responses, s.textLanguage(), s.moderatorsEditedAt());
    }

    public FollowView follow(Story s) {
        List<ConversationEntry> responses = conversation.isResolvable() ? conversation.get().forStoryteller(s.id()) : List.of();
        return new FollowView(s.id(), s.status().name(), s.progress().name(), s.text().title(), s.publishedTitle(),
                s.publishedBody(), s.rejectionReason(), s.submittedAt(), s.publishedAt(), services(s), responses,
                followUps.isResolvable() ? followUps.get().openFor(s.id()) : List.of(), s.textLanguage(), s.trainingConsent(),
                s.moderationReason(), s.moderatorsEditedAt(), s.heldUntil());
    }

    /** Everything held about the story, for its storyteller (Art. 15). */
    public StoryExport export(Story s, Instant now) {
        var followed = follow(s);
        return new StoryExport(s.id(), s.status().name(), s.progress().name(), s.submittedAt(), s.publishedAt(), now, s.text(),
                s.relation().name(), s.happened(), s.category(), s.email(), s.latitude(), s.longitude(), s.publishedTitle(),
                s.publishedBody(), s.rejectionReason(), followed.services(), themes(s, s.storytellerLanguage()), s.meTooCount(),
                followed.responses(), followed.questions(), s.exactPlace(), s.trainingConsent());
    }

    public List<ServiceRef> services(Story s) {
        return s.serviceIds().stream().sorted().map(directory::service).flatMap(java.util.Optional::stream)
                .map(v -> new ServiceRef(v.id(), v.name(), v.organisation().id(), v.organisation().name())).toList();
    }

    private List<ThemeView> themes(Story s, String language) {
        return s.themes().stream().map(t -> {
            var names = themeLabels.of(t.code(), language);
            return new ThemeView(t.code(), names.map(ThemeNames.Names::label).orElse(t.code()),
                    names.map(ThemeNames.Names::category).orElse(null), t.polarity().name());
        }).toList();
    }
}
