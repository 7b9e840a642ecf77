package org.coproduce.barriers.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coproduce.barriers.entity.BarrierReport;
import org.coproduce.barriers.entity.ModerationState;
import org.coproduce.moderation.control.ItemAudit;
import org.coproduce.moderation.entity.ItemDecision;
import org.coproduce.photos.control.Photos;
import org.coproduce.photos.entity.Photo;
import org.coproduce.problems.Conflict;

/**
 * Photos on a barrier report, through the photos component (its limits, re-encoding and store):
 * added by the reporter only while the report awaits moderation, so a moderator sees every photo
 * before it can be public. Adding one holds the report's row and moves its version on: a decision
 * taken on the version the moderator saw is refused (409) when a photo came in meanwhile, and a
 * photo sent after the decision finds the report decided (409).
 */
@ApplicationScoped
public class BarrierPhotos {

    @PersistenceContext
    EntityManager em;

    /** In the trail of decisions on the report when its reporter takes a photo back. */
    static final String TAKEN_BACK = "PHOTO_TAKEN_BACK";

    @Inject
    Photos photos;

    @Inject
    ItemAudit audit;

    public Photo add(BarrierReport barrier, byte[] upload, String alt) {
        em.refresh(barrier, LockModeType.PESSIMISTIC_WRITE);
        if (barrier.state() != ModerationState.PENDING) {
            throw new Conflict("Photos can be added only while the report awaits moderation.");
        }
        em.lock(barrier, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return photos.addToBarrier(barrier.id(), upload, alt);
    }

    /**
     * The reporter takes a photo of their report back while it awaits moderation (409 after, as
     * for adding one): its bytes and row go; the trail of decisions on the report says so, without
     * its description.
     */
    public void takeBack(BarrierReport barrier, Photo photo) {
        em.refresh(barrier, LockModeType.PESSIMISTIC_WRITE);
        if (barrier.state() != ModerationState.PENDING) {
            throw new Conflict("Photos can be taken back only while the report awaits moderation.");
        }
        audit.byAuthor(ItemDecision.BARRIER, barrier.id(), TAKEN_BACK);
        photos.removeByReporter(photo);
    }

    /** The report's own photo with this id, if it is one. */
    public Optional<Photo> own(BarrierReport barrier, long photoId) {
        return photos.find(photoId).filter(p -> barrier.id().equals(p.barrierId()));
    }

    public List<Photo> of(BarrierReport barrier) {
        return photos.ofBarrier(barrier.id());
    }

    /** The photos of each of these reports, in one query (a list of reports); a report without photos is left out. */
    public Map<Long, List<Photo>> of(List<BarrierReport> barriers) {
        return photos.ofBarriers(barriers.stream().map(BarrierReport::id).toList());
    }

    /** The report is erased: its photos go first, from the store too. */
    public int erase(long barrierId) {
        return photos.eraseOfBarrier(barrierId);
    }
}
