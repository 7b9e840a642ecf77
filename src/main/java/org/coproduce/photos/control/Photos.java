package org.coproduce.photos.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.coproduce.moderation.control.Audit;
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
 * (audited) or erased with the story.
 */
@ApplicationScoped
public class Photos {

    public static final int PER_STORY = Settings.number("COPRODUCE_PHOTOS_PER_STORY", 3);
    public static final int MAX_BYTES = Settings.number("COPRODUCE_PHOTO_MAX_BYTES", 8 * 1024 * 1024);
    static final Reencoding.Limits LIMITS = new Reencoding.Limits(MAX_BYTES,
            Settings.number("COPRODUCE_PHOTO_MAX_PIXELS", 40_000_000), Settings.number("COPRODUCE_PHOTO_MAX_EDGE", 2048));
    public static final int ALT_MAX = 300;

    @PersistenceContext
    EntityManager em;

    @Inject
    PhotoStore store;

    @Inject
    Stories stories;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    public Photo add(Story story, byte[] upload, String alt) {
        if (story.status() != StoryStatus.RECEIVED) {
            throw new Conflict("Photos can be added only while the story awaits moderation.");
        }
        String description = alt == null ? "" : alt.strip();
        if (description.isEmpty() || description.length() > ALT_MAX) {
            throw new InvalidInput("alt", "must describe the photo in 1 to " + ALT_MAX + " characters");
        }
        stories.forUpdate(story.id());
        if (of(story.id()).size() >= PER_STORY) {
            throw new InvalidInput("photo", "a story may have at most " + PER_STORY + " photos");
        }
        Reencoding.Reencoded clean;
        try {
            clean = Reencoding.reencode(upload, LIMITS);
        } catch (Reencoding.Refused refused) {
            throw new InvalidInput("photo", refused.getMessage());
        }
        var photo = new Photo(story.id(), description, clean.width(), clean.height(), clean.jpeg().length, store.name(),
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

    public Optional<Photo> find(long id) {
        return Optional.ofNullable(em.find(Photo.class, id));
    }

    /** A photo the public may see: its story is published (not received, held, hidden, unpublished or withdrawn). */
    public Optional<Photo> published(long id) {
        return find(id).filter(p -> stories.published(p.storyId()).isPresent());
    }

    public Optional<byte[]> bytes(Photo photo) {
        return store.get(photo.id());
    }

    /** The storyteller takes a photo back (any time: it is theirs). */
    public void removeByStoryteller(Photo photo) {
        erase(photo);
    }

    /** A moderator removes a photo (faces, number plates, anything not fit to publish), with a reason, in the story's trail. */
    public void removeByModerator(Photo photo, long moderatorId, String reason) {
        audit.record(photo.storyId(), null, moderatorId, "PHOTO_REMOVED", reason, photo.altText(), null);
        erase(photo);
    }

    void erase(@Observes StoryWithdrawn withdrawn) {
        of(withdrawn.storyId()).forEach(this::erase);
    }

    private void erase(Photo photo) {
        store.delete(photo.id());
        em.remove(photo);
    }
}
