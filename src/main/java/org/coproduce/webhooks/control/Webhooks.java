package org.coproduce.webhooks.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.coproduce.background.control.Outbox;
import org.coproduce.providers.control.Directory;
import org.coproduce.webhooks.entity.WebhookDelivery;
import org.coproduce.webhooks.entity.WebhookEndpoint;

/**
 * Turns an event about some organisations into deliveries, in the transaction that decided it: one
 * per enabled endpoint that wants the type and belongs to one of them or to an organisation above
 * one. Each endpoint is told only its own organisations among them ({@code organisationIds}), so
 * no organisation learns where else a story went.
 */
@ApplicationScoped
public class Webhooks {

    @PersistenceContext
    EntityManager em;

    @Inject
    Directory directory;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    public void announce(String type, Set<Long> organisationIds, Map<String, Object> data) {
        if (organisationIds.isEmpty()) {
            return;
        }
        var now = clock.instant();
        for (var endpoint : endpointsFor(directory.withAncestors(organisationIds))) {
            if (endpoint.enabled() && endpoint.wants(type)) {
                var own = new HashSet<>(directory.withDescendants(Set.of(endpoint.organisationId())));
                own.retainAll(organisationIds);
                var delivery = new WebhookDelivery(endpoint.id(), "msg_" + UUID.randomUUID().toString().replace("-", ""), type,
                        payload(type, now, own, data), now);
                em.persist(delivery);
                em.flush();
                outbox.enqueue(Deliveries.KIND, delivery.id());
            }
        }
    }

    private java.util.List<WebhookEndpoint> endpointsFor(Set<Long> organisations) {
        return em.createQuery("select e from WebhookEndpoint e where e.organisationId in :o order by e.id", WebhookEndpoint.class)
                .setParameter("o", organisations).getResultList();
    }

    /** The Standard Webhooks shape: {@code {"type", "timestamp", "data"}}. */
    static String payload(String type, Instant now, Set<Long> organisationIds, Map<String, Object> data) {
        var all = new LinkedHashMap<String, Object>(data);
        all.put("organisationIds", organisationIds.stream().sorted().toList());
        return Json.createObjectBuilder().add("type", type).add("timestamp", now.toString())
                .add("data", Json.createObjectBuilder(all)).build().toString();
    }
}
