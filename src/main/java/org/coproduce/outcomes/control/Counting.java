package org.coproduce.outcomes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.coproduce.background.control.Outbox;
import org.coproduce.background.control.TaskHandler;
import org.coproduce.responses.control.ResponsePublished;
import org.coproduce.routing.control.Deadlines;
import org.coproduce.stories.control.Stories;
import org.coproduce.stories.control.StoryPublished;
import org.coproduce.stories.control.StoryWithdrawn;
import org.coproduce.stories.entity.Story;

/**
 * Brings the summaries in line with one story (outbox task {@value #KIND}): counts what the story
 * is now (published, answered, overdue, withdrawn), minus what was counted before. Queued in the
 * transaction that publishes, answers or withdraws it; running it twice changes nothing.
 */
@ApplicationScoped
public class Counting implements TaskHandler {

    public static final String KIND = "count-story";

    @Inject
    Stories stories;

    @Inject
    SummaryStore store;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    void published(@Observes StoryPublished event) {
        outbox.enqueue(KIND, event.storyId());
    }

    void answered(@Observes ResponsePublished event) {
        outbox.enqueue(KIND, event.storyId());
    }

    void withdrawn(@Observes StoryWithdrawn event) {
        outbox.enqueue(KIND, event.storyId());
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void handle(long storyId) {
        var before = store.counted(storyId);
        var now = current(storyId).orElse(null);
        store.apply(Tally.change(before.map(SummaryStore.Counted::facts).orElse(null),
                before.map(SummaryStore.Counted::spans).orElse(Tally.ALL), now));
        store.remember(storyId, now);
    }

    Optional<StoryFacts> current(long storyId) {
        return stories.published(storyId).map(this::facts);
    }

    private StoryFacts facts(Story s) {
        var answer = firstAnswer(s.id());
        var themes = s.themes().stream().map(t -> new StoryFacts.ThemeFact(t.code(), t.polarity().name())).toList();
        int criticality = s.criticality() == null ? 0 : s.criticality();
        return new StoryFacts(s.id(), new TreeSet<>(s.serviceIds()), themes, criticality, s.publishedAt(),
                Deadlines.due(s.publishedAt(), criticality), answer.respondedAt(), answer.changeKind(), false).at(clock.instant());
    }

    private record Answer(java.time.Instant respondedAt, String changeKind) {
    }

    @SuppressWarnings("unchecked")
    private Answer firstAnswer(long storyId) {
        List<Object[]> rows = em.createNativeQuery("select published_at, change_kind from response where story_id = ?"
                + " and kind = 'PROVIDER' and status = 'PUBLISHED' order by published_at").setParameter(1, storyId).getResultList();
        if (rows.isEmpty()) {
            return new Answer(null, null);
        }
        boolean made = rows.stream().anyMatch(r -> StoryFacts.MADE.equals(r[1]));
        boolean planned = rows.stream().anyMatch(r -> StoryFacts.PLANNED.equals(r[1]));
        return new Answer(SummaryStore.instant(rows.getFirst()[0]), made ? StoryFacts.MADE : planned ? StoryFacts.PLANNED : null);
    }
}
