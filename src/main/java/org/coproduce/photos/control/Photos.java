package org.coproduce.photos.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.coproduce.moderation.control.Audit;
import org.coproduce.moderation.control.ItemAudit;
import org.coproduce.moderation.entity.ItemDecision;
import org.coproduce.photos.entity.Photo;
import org.coproduce.platform.Settings;
import org.coproduce.problems.Conflict;
import org.coproduce.problems.InvalidInput;
import org.coproduce.stories.control.Stories;
import org.coproduce.stories.control.StoryWithdrawn;
import org.coproduce.stories.entity.Story;
import org.coproduce.stories.entity.StoryStatus;

/**
 * The rules of a story's photos: added by the storyteller only while the story awaits moderation
 * (so a moderator sees every photo before it can be public), at most {@link #PER_STORY}, each
 * re-encoded without metadata; public only while the story is published; removed by a moderator
 * (audited) or erased with the story. A barrier report's photos follow the same limits and
 * re-encoding; the barriers component decides when they may be added and who sees them, and
 * erases them with the report ({@link #eraseOfBarrier}).
 */
@ApplicationScoped
public class Photos {

    public static final int PER_STORY = Settings.number("COPRODUCE_PHOTOS_PER_STORY", 3);
    public static final int MAX_BYTES = Settings.number("COPRODUCE_PHOTO_MAX_BYTES", 8 * 1024 * 1024);
    static final Reencoding.Limits LIMITS = new Reencoding.Limits(MAX_BYTES,
            Settings.number("COPRODUCE_PHOTO_MAX_PIXELS", 40_000_000), Settings.number("COPRODUCE_PHOTO_MAX_EDGE", 2048));
    public static final int ALT_MAX = 300;
    static final String REMOVED = "PHOTO_REMOVED";

    @PersistenceContext
    EntityManager em;

    @Inject
    PhotoStore store;

    @Inject
    Stories stories;

    @Inject
    Audit audit;

    @Inject
    ItemAudit itemAudit;

    @Inject
    Clock clock;

    public Photo add(Story story, byte[] upload, String alt) {
        if (story.status() != StoryStatus.RECEIVED) {
            throw new Conflict("Photos can be added only while the story awaits moderation.");
        }
        String description = described(alt);
        stories.forUpdate(story.id());
        if (latest("story_id", story.id()) >= PER_STORY) {
            throw new InvalidInput("photo", "a story may have at most " + PER_STORY + " photos");
        }
        return keep(story.id(), null, upload, description);
    }

    /**
     * A photo on a barrier report, with the same limits and re-encoding as a story's. The barriers
     * component has found the report awaiting moderation and holds its row (so a moderator sees
     * every photo before the report is public).
     */
    public Photo addToBarrier(long barrierId, byte[] upload, String alt) {
        String description = described(alt);
        if (latest("barrier_id", barrierId) >= PER_STORY) {
            throw new InvalidInput("photo", "a barrier report may have at most " + PER_STORY + " photos");
        }
        return keep(null, barrierId, upload, description);
    }

    /**
     * How many photos the story or report has now, by a locking read: a plain read would see the
     * transaction's snapshot (MySQL's repeatable read, taken at its first read, before the caller
     * waited for the story's or report's row), and miss photos that uploads sent at the same time
     * added meanwhile, letting a fourth in. The caller holds the row, so the photos' index is locked
     * only while they are serialised anyway.
     */
    private int latest(String column, long id) {
        return em.createNativeQuery("select id from story_photo where " + column + " = ? for update").setParameter(1, id).getResultList().size();
    }

    private static String described(String alt) {
        String description = alt == null ? "" : alt.strip();
        if (description.isEmpty() || description.length() > ALT_MAX) {
            throw new InvalidInput("alt", "must describe the photo in 1 to " + ALT_MAX + " characters");
        }
        return description;
    }

    private Photo keep(Long storyId, Long barrierId, byte[] upload, String description) {
        Reencoding.Reencoded clean;
        try {
            clean = Reencoding.reencode(upload, LIMITS);
        } catch (Reencoding.Refused refused) {
            throw new InvalidInput("photo", refused.getMessage());
        }
        var photo = new Photo(storyId, barrierId, description, clean.width(), clean.height(), clean.jpeg().length, store.name(),
                clock.instant());
        em.persist(photo);
        em.flush();
        store.put(photo.id(), clean.jpeg());
        return photo;
    }

    public List<Photo> of(long storyId) {
        return em.createQuery("select p from Photo p where p.storyId = :s order by p.id", Photo.class)
                .setParameter("s", storyId).getResultList();
    }

    /** The photos of a barrier report, oldest first, whatever its state (the barriers component decides who sees them). */
    public List<Photo> ofBarrier(long barrierId) {
        return em.createQuery("select p from Photo p where p.barrierId = :b order by p.id", Photo.class)
                .setParameter("b", barrierId).getResultList();
    }

    /** The photos of these barrier reports, each report's oldest first, in one query (a list of reports). */
    public Map<Long, List<Photo>> ofBarriers(Collection<Long> barrierIds) {
        if (barrierIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select p from Photo p where p.barrierId in :b order by p.id", Photo.class)
                .setParameter("b", List.copyOf(barrierIds)).getResultStream()
                .collect(Collectors.groupingBy(Photo::barrierId, Collectors.toList()));
    }

    public Optional<Photo> find(long id) {
        return Optional.ofNullable(em.find(Photo.class, id));
    }

    /** A story's photo the public may see: its story is published (not received, held, hidden, unpublished or withdrawn). */
    public Optional<Photo> published(long id) {
        return find(id).filter(p -> p.storyId() != null && stories.published(p.storyId()).isPresent());
    }

    public Optional<byte[]> bytes(Photo photo) {
        return store.get(photo.id());
    }

    /** The storyteller takes a photo back (any time: it is theirs). */
    public void removeByStoryteller(Photo photo) {
        erase(photo);
    }

    /** A barrier report's author takes a photo back (the barriers component decides when they may). */
    public void removeByReporter(Photo photo) {
        erase(photo);
        em.flush();
    }

    /**
     * A moderator removes a photo (faces, number plates, anything not fit to publish), with a reason:
     * in the story's trail, or in the trail of decisions on the barrier report.
     */
    public void removeByModerator(Photo photo, long moderatorId, String reason) {
        if (photo.storyId() != null) {
            audit.record(photo.storyId(), null, moderatorId, REMOVED, reason, photo.altText(), null);
        } else {
            itemAudit.decided(ItemDecision.BARRIER, photo.barrierId(), moderatorId, REMOVED, reason);
        }
        erase(photo);
    }

    void erase(@Observes StoryWithdrawn withdrawn) {
        of(withdrawn.storyId()).forEach(this::erase);
    }

    /** The barrier report is erased (by its reporter, or by age): its photos go from the store and the table first. */
    public int eraseOfBarrier(long barrierId) {
        var photos = ofBarrier(barrierId);
        photos.forEach(this::erase);
        em.flush();
        return photos.size();
    }

    private void erase(Photo photo) {
        store.delete(photo.id());
        em.remove(photo);
    }
}
