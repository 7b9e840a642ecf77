package org.coproduce.routing.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.coproduce.accounts.control.Accounts;
import org.coproduce.accounts.entity.Account;
import org.coproduce.platform.Page;
import org.coproduce.platform.Paging;
import org.coproduce.providers.control.Directory;
import org.coproduce.providers.entity.Organisation;
import org.coproduce.routing.entity.StoryRoute;
import org.coproduce.stories.control.Stories;

/** Every story routed to the caller's organisations: open ones first, by deadline; then the answered ones. */
@RequestScoped
public class OrganisationInbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    Stories stories;

    @Inject
    Directory directory;

    @Inject
    Accounts accounts;

    @Inject
    Clock clock;

    public Page<OrganisationItem> of(Set<Long> organisations, Paging paging) {
        if (organisations.isEmpty()) {
            return new Page<>(List.of(), 0, paging.page(), paging.size());
        }
        var routes = em.createQuery("select r from StoryRoute r where r.organisationId in :orgs"
                + " order by case when r.respondedAt is null then 0 else 1 end, r.dueAt, r.storyId desc", StoryRoute.class)
                .setParameter("orgs", organisations).setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        long total = em.createQuery("select count(r) from StoryRoute r where r.organisationId in :orgs", Long.class)
                .setParameter("orgs", organisations).getSingleResult();
        return new Page<>(routes.stream().map(this::item).collect(Collectors.toList()), total, paging.page(), paging.size());
    }

    OrganisationItem item(StoryRoute route) {
        var now = clock.instant();
        String status = route.respondedAt() != null ? "ANSWERED" : route.overdueAt(now) ? "OVERDUE" : "OPEN";
        var assignee = route.assigneeId() == null ? null : accounts.find(route.assigneeId()).map(Account::displayName).orElse(null);
        return new OrganisationItem(route.storyId(), stories.find(route.storyId()).map(s -> s.publishedTitle()).orElse(null),
                route.organisationId(), directory.organisation(route.organisationId()).map(Organisation::name).orElse(null),
                status, route.dueAt(), route.overdueAt(now), route.respondedAt() != null, route.respondedAt(),
                route.assigneeId(), assignee, route.version());
    }
}
