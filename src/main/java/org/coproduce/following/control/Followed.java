package org.coproduce.following.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.coproduce.following.entity.Target;
import org.coproduce.mail.Templates;
import org.coproduce.providers.control.Directory;
import org.coproduce.stories.boundary.PublishedStoryView;
import org.coproduce.stories.boundary.StoryViews;
import org.coproduce.stories.control.StoryFilter;
import org.coproduce.stories.control.StorySearch;
import org.coproduce.stories.control.ThemeLabels;

/**
 * What a target stands for: its name, and the stories (none for a change: its milestones are e-mailed) published about it as the public story page
 * shows them (only {@code StorySearch}'s public stories, never held, hidden or withdrawn ones).
 */
@ApplicationScoped
public class Followed {

    @Inject
    Directory directory;

    @Inject
    ThemeLabels themeLabels;

    @Inject
    StorySearch search;

    @Inject
    StoryViews views;

    @Inject
    FollowableChanges changes;

    /** The target's name in the language, or empty when there is no such service, organisation or theme. */
    public Optional<String> name(Target target, String language) {
        return switch (target.kind()) {
            case SERVICE -> directory.service(target.id()).map(s -> s.name());
            case ORGANISATION -> directory.organisation(target.id()).map(o -> o.name());
            case CHANGE -> changes.name(target.id());
            case THEME -> themeLabels.of(target.key(), language).map(n -> n.label());
            case AREA -> {
                var box = target.box();
                yield Optional.of(Templates.text(Templates.locale(language), "following.area", box.minLatitude(),
                        box.minLongitude(), box.maxLatitude(), box.maxLongitude()));
            }
        };
    }

    /** The newest {@code size} stories published about the target after {@code since} (when given), with their responses. */
    public List<PublishedStoryView> stories(Target target, Optional<Instant> since, Optional<Instant> until, int size,
            String language) {
        if (target.kind() == Target.Kind.CHANGE) {
            return List.of();
        }
        var found = search.find(filter(target, since, until), Optional.empty(), 0, size);
        return found.items().stream().map(s -> views.published(s, true, language)).toList();
    }

    private StoryFilter filter(Target target, Optional<Instant> since, Optional<Instant> until) {
        Optional<Set<Long>> services = switch (target.kind()) {
            case SERVICE -> Optional.of(Set.of(target.id()));
            case ORGANISATION -> Optional.of(directory.serviceIdsOf(directory.withDescendants(Set.of(target.id()))));
            default -> Optional.empty();
        };
        Optional<String> theme = target.kind() == Target.Kind.THEME ? Optional.of(target.key()) : Optional.empty();
        Optional<StoryFilter.Area> area = target.kind() == Target.Kind.AREA ? Optional.of(target.box()) : Optional.empty();
        return new StoryFilter(services, theme, Optional.empty(), Optional.empty(), since, until, area);
    }
}
