package org.coproduce.routing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.Set;
import org.coproduce.providers.control.Directory;
import org.coproduce.providers.entity.GeoPoint;
import org.coproduce.routing.entity.RoutingRule;
import org.coproduce.stories.entity.Story;

/** Which organisations answer for a story: its services' organisations, their parents, and the rules. */
@ApplicationScoped
public class Responsibility {

    @Inject
    Directory directory;

    @PersistenceContext
    EntityManager em;

    public Set<Long> organisationsFor(Story story) {
        var all = owners(story);
        all.addAll(byRules(story));
        return all;
    }

    /** The organisations of the story's services and their parents. */
    public Set<Long> owners(Story story) {
        var direct = new HashSet<Long>();
        for (long serviceId : story.serviceIds()) {
            directory.service(serviceId).ifPresent(service -> direct.add(service.organisation().id()));
        }
        return directory.withAncestors(direct);
    }

    /** The organisations whose routing rules take the story (by its services' or its own category, and its place). */
    public Set<Long> byRules(Story story) {
        var categories = new HashSet<String>();
        for (long serviceId : story.serviceIds()) {
            directory.service(serviceId).ifPresent(service -> categories.add(service.category().name()));
        }
        if (story.category() != null) {
            categories.add(story.category());
        }
        GeoPoint at = story.place();
        if (at == null) {
            at = story.serviceIds().stream().map(directory::service).flatMap(java.util.Optional::stream)
                    .map(s -> s.point()).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        }
        var ruled = new HashSet<Long>();
        for (var rule : em.createQuery("select r from RoutingRule r", RoutingRule.class).getResultList()) {
            if (rule.covers(categories, at)) {
                ruled.add(rule.organisationId());
            }
        }
        return ruled;
    }
}
