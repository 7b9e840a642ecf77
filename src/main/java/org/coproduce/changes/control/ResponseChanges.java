package org.coproduce.changes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.coproduce.changes.entity.Change;
import org.coproduce.outcomes.control.Counting;
import org.coproduce.providers.control.Directory;
import org.coproduce.responses.control.ChangeLog;

/**
 * Changes recorded in responses go into the register: a response joins the entry of its
 * organisation (or a parent) with the same description, newest first and not dropped, or
 * creates one. The responder's right was checked when they wrote the response (the story was
 * routed to their organisation); the entry is written when the response goes public, whoever
 * publishes it.
 */
@ApplicationScoped
public class ResponseChanges implements ChangeLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    Directory directory;

    @Inject
    StoryProgress progress;

    @Inject
    DifferenceMail differenceMail;

    @Inject
    Counting counting;

    @Inject
    Event<ChangeRecorded> announced;

    @Override
    public Optional<Entry> joinable(long changeId, long organisationId) {
        return Optional.ofNullable(em.find(Change.class, changeId))
                .filter(c -> !Change.DROPPED.equals(c.status()))
                .filter(c -> directory.withAncestors(Set.of(organisationId)).contains(c.organisationId()))
                .map(c -> new Entry(c.id(), c.organisationId(), c.status(), c.description()));
    }

    @Override
    public void recorded(Recorded recorded) {
        LocalDate on = recorded.at().atZone(ZoneOffset.UTC).toLocalDate();
        var existing = same(recorded);
        String before = existing.map(Change::status).orElse(null);
        var change = existing.orElseGet(() -> {
            var created = new Change(recorded.organisationId(), recorded.authorId(), recorded.at());
            created.describe(recorded.description(), Set.of(), Set.of(), Set.of(), null);
            created.moveTo(Change.PLANNED, null, ChangeRegister.ASK_AFTER);
            em.persist(created);
            return created;
        });
        change.link(recorded.storyId(), ChangeRegister.ASK_AFTER);
        boolean madeNow = Change.MADE.equals(recorded.kind()) && !Change.MADE.equals(change.status());
        if (madeNow) {
            change.moveTo(Change.MADE, on, ChangeRegister.ASK_AFTER);
        }
        em.flush();
        differenceMail.askWhenDue(change);
        progress.follow(change);
        counting.recount(madeNow ? change.stories().stream().map(s -> s.storyId()).toList() : java.util.List.of(recorded.storyId()));
        announced.fire(new ChangeRecorded(change.id(), change.organisationId(), before, change.status()));
    }

    private Optional<Change> same(Recorded recorded) {
        return em.createQuery("select c from Change c where c.organisationId in :o and c.status <> :dropped"
                + " and lower(c.description) = :d order by c.createdAt desc, c.id desc", Change.class)
                .setParameter("o", directory.withAncestors(Set.of(recorded.organisationId())))
                .setParameter("dropped", Change.DROPPED)
                .setParameter("d", recorded.description().strip().toLowerCase(java.util.Locale.ROOT))
                .setMaxResults(1).getResultStream().findFirst();
    }
}
