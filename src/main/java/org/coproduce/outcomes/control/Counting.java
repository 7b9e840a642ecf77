package org.coproduce.outcomes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.coproduce.analysis.control.StoredAnalyses;
import org.coproduce.analysis.control.StoryAnalysed;
import org.coproduce.background.control.Outbox;
import org.coproduce.background.control.TaskHandler;
import org.coproduce.providers.control.Directory;
import org.coproduce.responses.control.ProviderAnswers;
import org.coproduce.responses.control.ResponsePublished;
import org.coproduce.responses.control.ResponseWithdrawn;
import org.coproduce.routing.control.Deadlines;
import org.coproduce.stories.control.Stories;
import org.coproduce.stories.control.StoryPublished;
import org.coproduce.stories.control.StoryQueries;
import org.coproduce.stories.control.StoryWithdrawn;
import org.coproduce.stories.entity.Story;

/**
 * Brings the summaries in line with one story (outbox task {@value #KIND}): counts what the story
 * is now (published, answered, overdue, withdrawn, linked to a planned or made change in the
 * register or answered with one), minus what was counted before. Queued in the transaction that
 * publishes, answers or withdraws it, stores its analysis, or records a change
 * linking it; running it twice changes
 * nothing.
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
    Directory directory;

    @Inject
    Clock clock;

    @Inject
    StoryQueries storyRows;

    @Inject
    ProviderAnswers providerAnswers;

    @Inject
    StoredAnalyses analyses;

    @Inject
    RegisteredChanges registeredChanges;

    void published(@Observes StoryPublished event) {
        outbox.enqueue(KIND, event.storyId());
    }

    void answered(@Observes ResponsePublished event) {
        outbox.enqueue(KIND, event.storyId());
    }

    void withdrawn(@Observes StoryWithdrawn event) {
        outbox.enqueue(KIND, event.storyId());
    }

    /** A moderator hid, unpublished, edited or restored it (or enough reports hid it): hidden stories count as nothing. */
    void moderated(@Observes org.coproduce.moderation.control.StoryHiddenOrEdited event) {
        outbox.enqueue(KIND, event.storyId());
    }

    /** Its author withdrew a published response: the first answer and the answer counts may change. */
    void answerWithdrawn(@Observes ResponseWithdrawn event) {
        outbox.enqueue(KIND, event.storyId());
    }

    /**
     * An analysis can arrive (or change) after publication: its sentiment counts then. Queued for
     * every analysed story, published or not yet: whether the story is published cannot be told
     * reliably here (a publication may commit while the analysis is being stored), but the task
     * runs after both have committed and counts a story not (yet) published as nothing.
     */
    void analysed(@Observes StoryAnalysed event) {
        outbox.enqueue(KIND, event.storyId());
    }

    /** Queues a recount of these stories in the caller's transaction (a change linking or unlinking them, or moving). */
    public void recount(Collection<Long> storyIds) {
        storyIds.stream().distinct().forEach(id -> outbox.enqueue(KIND, id));
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void handle(long storyId) {
        // one count of a story at a time (the outbox, the overdue sweep and the recounts run apart):
        // two counts reading the same ledger row would both apply its difference
        storyRows.lock(storyId);
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
        String change = strongest(answer.changeKind(), registeredChange(s.id()));
        var themes = s.themes().stream().map(t -> new StoryFacts.ThemeFact(t.code(), t.polarity().name())).toList();
        int criticality = s.criticality() == null ? 0 : s.criticality();
        return new StoryFacts(s.id(), new TreeSet<>(s.serviceIds()), organisations(s.serviceIds()), themes, criticality,
                sentiment(s.id()), s.publishedAt(),
                Deadlines.due(s.publishedAt(), criticality), answer.respondedAt(), change, false).at(clock.instant());
    }

    /** The organisations that answer for these services: theirs and all their parents. */
    private Set<Long> organisations(Collection<Long> serviceIds) {
        var own = serviceIds.stream().flatMap(id -> directory.service(id).stream()).map(s -> s.organisation().id())
                .collect(Collectors.toSet());
        return new TreeSet<>(directory.withAncestors(own));
    }

    private record Answer(java.time.Instant respondedAt, String changeKind) {
    }

    private Answer firstAnswer(long storyId) {
        var answers = providerAnswers.published(storyId);
        if (answers.isEmpty()) {
            return new Answer(null, null);
        }
        return new Answer(answers.getFirst().publishedAt(),
                strongest(answers.stream().map(ProviderAnswers.Answer::changeKind).toArray(String[]::new)));
    }

    /** The analysis's whole-story sentiment; "unknown" while there is no analysis. */
    private String sentiment(long storyId) {
        return analyses.of(storyId).map(a -> a.getString("sentiment", StoryFacts.UNKNOWN)).orElse(StoryFacts.UNKNOWN);
    }

    /** The strongest status of the changes in the register that link this story (DROPPED ones do not count). */
    private String registeredChange(long storyId) {
        return strongest(registeredChanges.statusesLinking(storyId).toArray(String[]::new));
    }

    /** MADE over PLANNED over nothing. */
    static String strongest(String... kinds) {
        var all = Arrays.asList(kinds);
        return all.contains(StoryFacts.MADE) ? StoryFacts.MADE : all.contains(StoryFacts.PLANNED) ? StoryFacts.PLANNED : null;
    }
}
