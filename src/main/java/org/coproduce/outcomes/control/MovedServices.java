package org.coproduce.outcomes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.coproduce.background.control.Outbox;
import org.coproduce.background.control.TaskHandler;
import org.coproduce.providers.control.ServicesMoved;

/**
 * A service that moves to another organisation (or whose organisation moves under another
 * parent) counts for other organisations from now on: outbox task {@value #KIND} queues a
 * recount of every story counted for it, which takes it out of the old organisations' rows and
 * into the new ones'.
 */
@ApplicationScoped
public class MovedServices implements TaskHandler {

    public static final String KIND = "recount-service";

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Counting counting;

    void moved(@Observes ServicesMoved event) {
        event.serviceIds().forEach(id -> outbox.enqueue(KIND, id));
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void handle(long serviceId) {
        List<Object> stories = em.createNativeQuery("select story_id from outcome_service_story where service_id = ?")
                .setParameter(1, serviceId).getResultList();
        counting.recount(stories.stream().map(id -> ((Number) id).longValue()).toList());
    }
}
