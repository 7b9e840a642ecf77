package org.coproduce.stories.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import org.coproduce.platform.Periodic;
import org.coproduce.platform.PeriodicJob;
import org.coproduce.platform.SchemaReady;
import org.coproduce.platform.Settings;
import org.coproduce.platform.Transactions;
import org.coproduce.providers.control.Directory;
import org.coproduce.providers.entity.GeoPoint;
import org.coproduce.stories.entity.PlaceGrid;
import org.coproduce.stories.entity.PlaceRule;
import org.coproduce.stories.entity.Story;

/**
 * A story's place in public is never the point its storyteller gave: {@link PlaceRule} with a
 * grid of COPRODUCE_PLACE_GRID_METRES (default 500) and, unless COPRODUCE_PLACE_SNAP_TO_SERVICE is
 * false, the position of the first named service that has one. The exact point is kept for
 * moderators until publication (or rejection, or withdrawal), at most COPRODUCE_EXACT_PLACE_DAYS
 * (default 30) after submission: a job every COPRODUCE_PLACES_MS (default an hour) erases older
 * ones. At start (and in the same job) places coarsened under another grid, or not at all (rows
 * from before this rule), are coarsened again, 500 a transaction.
 */
@ApplicationScoped
public class Places implements Periodic {

    private static final Logger LOG = Logger.getLogger(Places.class.getName());
    static final int GRID_METRES = Settings.number("COPRODUCE_PLACE_GRID_METRES", 500);
    static final PlaceRule RULE = new PlaceRule(new PlaceGrid(GRID_METRES),
            !"false".equalsIgnoreCase(Settings.get("COPRODUCE_PLACE_SNAP_TO_SERVICE", "true")));
    static final int EXACT_DAYS = Settings.number("COPRODUCE_EXACT_PLACE_DAYS", 30);
    private static final int BATCH = 500;

    @Inject
    Directory directory;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    /** Shows the story at its told point, coarsened. */
    public void coarsen(Story story) {
        story.showAt(shown(story, story.placeToCoarsen()), GRID_METRES);
    }

    /** A moderator puts the point elsewhere: kept exactly while the story awaits its decision, shown coarsened. */
    public void move(Story story, GeoPoint exact) {
        story.moveTo(exact, shown(story, exact), GRID_METRES);
    }

    private GeoPoint shown(Story story, GeoPoint told) {
        if (told == null) {
            return null;
        }
        Optional<GeoPoint> service = story.serviceIds().stream().sorted().map(directory::service).flatMap(Optional::stream)
                .map(s -> s.point()).filter(Objects::nonNull).findFirst();
        return RULE.shown(told, service);
    }

    void start(@Observes SchemaReady ready) {
        int coarsened = coarsenAll();
        if (coarsened > 0) {
            LOG.info("Places: coarsened the public point of " + coarsened + " stories (grid " + GRID_METRES + " m)");
        }
    }

    @Override
    public List<PeriodicJob> periodicJobs() {
        return List.of(PeriodicJob.ownTransactions("Forgetting exact places", "COPRODUCE_PLACES_MS", 3_600_000, () -> {
            Transactions.inOwn(transaction, this::forgetOld);
            coarsenAll();
        }));
    }

    /** Erases the exact points of stories told more than COPRODUCE_EXACT_PLACE_DAYS ago. */
    int forgetOld() {
        return em.createQuery("update Story s set s.exactLatitude = null, s.exactLongitude = null"
                + " where s.exactLatitude is not null and s.submittedAt < :cutoff")
                .setParameter("cutoff", clock.instant().minus(Duration.ofDays(EXACT_DAYS))).executeUpdate();
    }

    private int coarsenAll() {
        int total = 0;
        for (int done = Transactions.inOwn(transaction, this::coarsenBatch); done > 0;
                done = Transactions.inOwn(transaction, this::coarsenBatch)) {
            total += done;
        }
        return total;
    }

    private int coarsenBatch() {
        var pending = em.createQuery("select s from Story s where s.latitude is not null and s.longitude is not null"
                + " and (s.placeGridMetres is null or s.placeGridMetres <> :grid) order by s.id", Story.class)
                .setParameter("grid", GRID_METRES).setMaxResults(BATCH).getResultList();
        pending.forEach(this::coarsen);
        return pending.size();
    }
}
