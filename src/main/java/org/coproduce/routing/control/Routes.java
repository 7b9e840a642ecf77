package org.coproduce.routing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.coproduce.routing.entity.StoryRoute;

/** The organisations a story was routed to. */
@ApplicationScoped
public class Routes {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public List<StoryRoute> of(long storyId) {
        return em.createQuery("select r from StoryRoute r where r.storyId = :s", StoryRoute.class)
                .setParameter("s", storyId).getResultList();
    }

    public Set<Long> organisationsOf(long storyId) {
        return of(storyId).stream().map(StoryRoute::organisationId).collect(Collectors.toSet());
    }

    /** A subquery finding a row when the story {@code s.id} was routed to one of these organisations. */
    public static String routedTo(Set<Long> organisationIds) {
        String ids = organisationIds.isEmpty() ? "-1" : String.join(",", organisationIds.stream().map(String::valueOf).toList());
        return "select 1 from story_route r where r.story_id = s.id and r.organisation_id in (" + ids + ")";
    }

    /** A response from these organisations answers their routes (stops the deadline clock). */
    public void answeredBy(long storyId, Set<Long> organisationIds) {
        of(storyId).stream().filter(r -> organisationIds.contains(r.organisationId()))
                .forEach(r -> r.responded(clock.instant()));
    }
}
