package org.coproduce.stories.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.coproduce.platform.ErasableByAddress;
import org.coproduce.stories.entity.ErasureRequest;
import org.coproduce.stories.entity.Story;
import org.coproduce.stories.entity.StoryStatus;

/** The stories told with an address, for the erasure request: erased as a withdrawal ({@link StoryErasure}). */
@ApplicationScoped
public class StoriesByAddress implements ErasableByAddress {

    public static final String KIND = ErasureRequest.STORY;

    @PersistenceContext
    EntityManager em;

    @Inject
    StoryErasure erasure;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<Long> sentWith(String address) {
        return em.createQuery("select s.id from Story s where lower(s.email) = :a and s.status <> :withdrawn order by s.id", Long.class)
                .setParameter("a", address).setParameter("withdrawn", StoryStatus.WITHDRAWN).setMaxResults(100).getResultList();
    }

    @Override
    public Optional<String> address(List<Long> ids) {
        return stories(ids).stream().map(Story::email).filter(Objects::nonNull).findFirst();
    }

    @Override
    public List<Erasable> listed(List<Long> ids) {
        return stories(ids).stream().map(s -> new Erasable(s.id(), s.text().title(), Erasable.excerpt(s.text().story()),
                s.status().name(), s.submittedAt())).toList();
    }

    @Override
    public int erase(List<Long> ids) {
        var stories = stories(ids);
        stories.forEach(erasure::withdraw);
        return stories.size();
    }

    private List<Story> stories(List<Long> ids) {
        return ids.stream().map(id -> em.find(Story.class, id)).filter(Objects::nonNull)
                .filter(s -> s.status() != StoryStatus.WITHDRAWN && s.email() != null).toList();
    }
}
