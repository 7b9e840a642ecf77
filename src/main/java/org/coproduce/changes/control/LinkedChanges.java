package org.coproduce.changes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.coproduce.outcomes.control.RegisteredChanges;

/** The register's changes linking a story, for the outcomes' count of changes planned and made. */
@ApplicationScoped
public class LinkedChanges implements RegisteredChanges {

    @PersistenceContext
    EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public List<String> statusesLinking(long storyId) {
        List<Object> statuses = em.createNativeQuery("select c.status from change_story cs join service_change c"
                + " on c.id = cs.change_id where cs.story_id = ?").setParameter(1, storyId).getResultList();
        return statuses.stream().map(String::valueOf).toList();
    }
}
