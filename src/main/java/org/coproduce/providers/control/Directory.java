package org.coproduce.providers.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.coproduce.platform.Page;
import org.coproduce.platform.Paging;
import org.coproduce.providers.entity.GeoPoint;
import org.coproduce.providers.entity.Organisation;
import org.coproduce.providers.entity.Service;
import org.coproduce.providers.entity.ServiceCategory;

/** Reads and stores organisations and services. */
@ApplicationScoped
public class Directory {

    @PersistenceContext
    EntityManager em;

    public Optional<Organisation> organisation(long id) {
        return Optional.ofNullable(em.find(Organisation.class, id));
    }

    /** The names of these organisations, in one query (for a list); an unknown id is left out. */
    public Map<Long, String> names(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select o.id, o.name from Organisation o where o.id in :ids", Object[].class)
                .setParameter("ids", List.copyOf(ids)).getResultStream()
                .collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> (String) r[1]));
    }

    public Optional<Service> service(long id) {
        return Optional.ofNullable(em.find(Service.class, id));
    }

    public Page<Organisation> organisations(Paging paging) {
        var items = em.createNamedQuery(Organisation.ALL, Organisation.class)
                .setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        long total = em.createNamedQuery(Organisation.COUNT, Long.class).getSingleResult();
        return new Page<>(items, total, paging.page(), paging.size());
    }

    /** The organisations and all their descendants: who answers for a service of any of them. */
    public Set<Long> withDescendants(Set<Long> organisationIds) {
        var all = new HashSet<>(organisationIds);
        Set<Long> frontier = organisationIds;
        while (!frontier.isEmpty()) {
            var children = new HashSet<>(em.createNamedQuery(Organisation.CHILDREN, Long.class)
                    .setParameter("ids", frontier).getResultList());
            children.removeAll(all);
            all.addAll(children);
            frontier = children;
        }
        return all;
    }

    /** The organisations and all their parents up to the top. */
    public Set<Long> withAncestors(Set<Long> organisationIds) {
        var all = new HashSet<Long>();
        for (Long id : organisationIds) {
            for (Organisation o = em.find(Organisation.class, id); o != null && all.add(o.id()); o = o.parent()) {
                // walk up
            }
        }
        return all;
    }

    public void add(Object organisationOrService) {
        em.persist(organisationOrService);
        em.flush();
    }

    /** Name search, category filter, nearest first when a point is given (else by name). */
    public Page<Service> services(ServiceSearch search, Paging paging) {
        var where = new ArrayList<String>();
        Map<String, Object> parameters = new HashMap<>();
        search.text().ifPresent(q -> {
            where.add("(lower(s.name) like :q escape '!' or lower(s.city) like :q escape '!' or s.externalId = :code)");
            parameters.put("q", "%" + likeEscaped(q.toLowerCase()) + "%");
            parameters.put("code", q.toUpperCase());
        });
        search.category().ifPresent(c -> {
            where.add("s.category = :category");
            parameters.put("category", c);
        });
        search.organisation().ifPresent(o -> {
            where.add("s.organisation.id = :organisation");
            parameters.put("organisation", o);
        });
        if (!search.withRetired()) {
            where.add("s.retiredAt is null");
        }
        if (search.near().isPresent()) {
            where.add("s.latitude is not null and s.longitude is not null");
        }
        String filter = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        String order = search.near().map(p -> nearestFirst(p, parameters)).orElse(" order by s.name, s.id");
        TypedQuery<Service> query = em.createQuery("select s from Service s" + filter + order, Service.class);
        var count = em.createQuery("select count(s) from Service s" + filter, Long.class);
        parameters.forEach((k, v) -> {
            query.setParameter(k, v);
            if (!k.startsWith("near")) {
                count.setParameter(k, v);
            }
        });
        var items = query.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        return new Page<>(items, count.getSingleResult(), paging.page(), paging.size());
    }

    /** Equirectangular distance: exact enough to rank services within a region; no SQL trigonometry needed. */
    private static String nearestFirst(GeoPoint p, Map<String, Object> parameters) {
        parameters.put("nearLat", p.latitude());
        parameters.put("nearLng", p.longitude());
        parameters.put("nearScale", Math.pow(Math.cos(Math.toRadians(p.latitude())), 2));
        return " order by (s.latitude - :nearLat) * (s.latitude - :nearLat)"
                + " + (s.longitude - :nearLng) * (s.longitude - :nearLng) * :nearScale, s.id";
    }

    static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    public Set<Long> serviceIdsOf(Set<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select s.id from Service s where s.organisation.id in :o", Long.class)
                .setParameter("o", organisationIds).getResultList());
    }

    /** Every service's id. */
    public List<Long> allServiceIds() {
        return em.createQuery("select s.id from Service s", Long.class).getResultList();
    }

    /** Every organisation's id. */
    public List<Long> allOrganisationIds() {
        return em.createQuery("select o.id from Organisation o", Long.class).getResultList();
    }

    public List<Organisation> children(long organisationId) {
        return em.createQuery("select o from Organisation o where o.parent.id = :p order by o.name", Organisation.class)
                .setParameter("p", organisationId).getResultList();
    }

    public List<Service> servicesOf(long organisationId) {
        return em.createQuery("select s from Service s where s.organisation.id = :o order by s.name", Service.class)
                .setParameter("o", organisationId).getResultList();
    }
}
