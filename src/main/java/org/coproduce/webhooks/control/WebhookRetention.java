package org.coproduce.webhooks.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.coproduce.platform.Retention;
import org.coproduce.platform.Settings;
import org.coproduce.webhooks.entity.WebhookDelivery;

/** The delivery log keeps finished deliveries COPRODUCE_WEBHOOK_LOG_DAYS (30) after they were made; pending ones stay. */
@ApplicationScoped
public class WebhookRetention implements Retention {

    static final Duration KEPT = Duration.ofDays(Settings.number("COPRODUCE_WEBHOOK_LOG_DAYS", 30));

    @PersistenceContext
    EntityManager em;

    @Override
    public Map<String, Integer> purge(Instant now) {
        int deleted = em.createQuery("delete from WebhookDelivery d where d.status <> :pending and d.createdAt < :before")
                .setParameter("pending", WebhookDelivery.PENDING).setParameter("before", now.minus(KEPT)).executeUpdate();
        return Map.of("webhook deliveries", deleted);
    }
}
