package org.coproduce.webhooks.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.coproduce.accounts.control.SecurityLog;
import org.coproduce.accounts.entity.SecurityEvent;
import org.coproduce.background.control.Outbox;
import org.coproduce.platform.Page;
import org.coproduce.platform.Paging;
import org.coproduce.problems.Conflict;
import org.coproduce.problems.InvalidInput;
import org.coproduce.providers.control.Directory;
import org.coproduce.webhooks.entity.EventTypes;
import org.coproduce.webhooks.entity.WebhookDelivery;
import org.coproduce.webhooks.entity.WebhookEndpoint;

/** Registers, changes and removes endpoints, renews their secrets, reads their logs and redelivers; every change is in the security log. */
@ApplicationScoped
public class Endpoints {

    @PersistenceContext
    EntityManager em;

    @Inject
    Directory directory;

    @Inject
    WebhookSecrets secrets;

    @Inject
    SecurityLog securityLog;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    private final Targets targets = Targets.fromSettings();

    /** What a registration answers: the endpoint and its secret, shown this once. */
    public record Registered(WebhookEndpoint endpoint, String secret) {
    }

    public Registered register(long organisationId, String url, List<String> events, long by) {
        if (directory.organisation(organisationId).isEmpty()) {
            throw new InvalidInput("organisationId", "no organisation has this id");
        }
        var endpoint = new WebhookEndpoint(organisationId, checkedUrl(url), checkedEvents(events), by, clock.instant());
        endpoint.seal("-");
        em.persist(endpoint);
        em.flush();
        String secret = secrets.renew(endpoint);
        em.flush();
        securityLog.byCaller(SecurityEvent.Kind.WEBHOOK_REGISTERED, null, describe(endpoint));
        return new Registered(endpoint, secret);
    }

    public void change(WebhookEndpoint endpoint, String url, List<String> events, Boolean enabled) {
        endpoint.change(checkedUrl(url), checkedEvents(events));
        if (Boolean.TRUE.equals(enabled) && !endpoint.enabled()) {
            endpoint.enable();
        } else if (Boolean.FALSE.equals(enabled) && endpoint.enabled()) {
            endpoint.pause(clock.instant());
        }
        em.flush();
        securityLog.byCaller(SecurityEvent.Kind.WEBHOOK_CHANGED, null, describe(endpoint) + (endpoint.enabled() ? "" : " (disabled)"));
    }

    public void remove(WebhookEndpoint endpoint) {
        em.createQuery("delete from WebhookDelivery d where d.endpointId = :e").setParameter("e", endpoint.id()).executeUpdate();
        em.remove(endpoint);
        securityLog.byCaller(SecurityEvent.Kind.WEBHOOK_DELETED, null, describe(endpoint));
    }

    public String renewSecret(WebhookEndpoint endpoint) {
        String secret = secrets.renew(endpoint);
        em.flush();
        securityLog.byCaller(SecurityEvent.Kind.WEBHOOK_SECRET_RENEWED, null, describe(endpoint));
        return secret;
    }

    /** The same message again, as a new delivery with attempts of its own. */
    public WebhookDelivery redeliver(WebhookEndpoint endpoint, WebhookDelivery delivery) {
        if (!endpoint.enabled()) {
            throw new Conflict("The endpoint is disabled: enable it before redelivering.");
        }
        var again = delivery.again(clock.instant());
        em.persist(again);
        em.flush();
        outbox.enqueue(Deliveries.KIND, again.id());
        securityLog.byCaller(SecurityEvent.Kind.WEBHOOK_REDELIVERED, null, describe(endpoint) + ", delivery " + delivery.id());
        return again;
    }

    public Optional<WebhookEndpoint> find(long id) {
        return Optional.ofNullable(em.find(WebhookEndpoint.class, id));
    }

    public Optional<WebhookDelivery> delivery(WebhookEndpoint endpoint, long deliveryId) {
        return Optional.ofNullable(em.find(WebhookDelivery.class, deliveryId)).filter(d -> d.endpointId() == endpoint.id());
    }

    /** Endpoints of these organisations (all when empty), oldest first. */
    public List<WebhookEndpoint> of(Optional<Set<Long>> organisations) {
        String where = organisations.isPresent() ? " where e.organisationId in :o" : "";
        var query = em.createQuery("select e from WebhookEndpoint e" + where + " order by e.id", WebhookEndpoint.class);
        organisations.ifPresent(o -> query.setParameter("o", o.isEmpty() ? Set.of(-1L) : o));
        return query.getResultList();
    }

    /** The endpoint's delivery log, newest first. */
    public Page<WebhookDelivery> log(WebhookEndpoint endpoint, Paging paging) {
        var items = em.createQuery("select d from WebhookDelivery d where d.endpointId = :e order by d.id desc", WebhookDelivery.class)
                .setParameter("e", endpoint.id()).setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        long total = em.createQuery("select count(d) from WebhookDelivery d where d.endpointId = :e", Long.class)
                .setParameter("e", endpoint.id()).getSingleResult();
        return new Page<>(items, total, paging.page(), paging.size());
    }

    private String checkedUrl(String url) {
        String stripped = url.strip();
        var refused = targets.refusal(stripped);
        if (refused.isPresent()) {
            throw new InvalidInput("url", refused.get());
        }
        return stripped;
    }

    private static Set<String> checkedEvents(List<String> events) {
        var known = EventTypes.parse(events);
        if (known == null) {
            throw new InvalidInput("events", "must be one or more of the event types in docs/api.md");
        }
        return known;
    }

    private static String describe(WebhookEndpoint endpoint) {
        return "webhook " + endpoint.id() + " of organisation " + endpoint.organisationId() + " to " + URI.create(endpoint.url()).getHost();
    }
}
