package org.coproduce.barriers.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.coproduce.analysis.control.Screening;
import org.coproduce.barriers.entity.BarrierReport;
import org.coproduce.platform.Secrets;
import org.coproduce.platform.Settings;
import org.coproduce.platform.SqlValues;
import org.coproduce.providers.entity.GeoPoint;
import org.coproduce.stories.entity.PlaceGrid;

/**
 * Takes a barrier report in, without an account: limited per client and hour as stories are
 * (COPRODUCE_STORY_RATE_LIMIT, 20), screened for personal data and safeguarding concerns (the
 * findings are shown to the moderator, never published), shown in public at the centre of its
 * cell of a COPRODUCE_BARRIER_GRID_METRES (25) grid: the place is what the report is about, so the
 * public point is fine enough to find a lift or a door, and no finer. "I've met this too" counts
 * once a person: a keyed hash of the signed-in account, or of the random token the page keeps.
 */
@ApplicationScoped
public class BarrierReporting {

    static final int HOURLY_LIMIT = Settings.number("COPRODUCE_STORY_RATE_LIMIT", 20);
    static final int MET_HOURLY_LIMIT = Settings.number("COPRODUCE_BARRIER_MET_RATE_LIMIT", 60);
    static final PlaceGrid GRID = new PlaceGrid(Settings.number("COPRODUCE_BARRIER_GRID_METRES", 25));

    @Inject
    Barriers barriers;

    @Inject
    Screening screening;

    @Inject
    Secrets secrets;

    @Inject
    BarrierErasure erasure;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    public record Report(String category, String place, String description, GeoPoint point, String email, String language) {
    }

    /** The stored report and the token of its private erasure link (given once, never stored). */
    public record Reported(BarrierReport barrier, String eraseToken) {
    }

    public Reported report(Report report, String clientHash) {
        Instant now = clock.instant();
        limit(barriers.submittedByClientSince(clientHash, now.minus(Duration.ofHours(1))), HOURLY_LIMIT, now);
        var findings = screening.screen(report.place() + "\n" + report.description(), report.language());
        var barrier = new BarrierReport(report.category(), report.place(), report.description(), report.language(), report.point(),
                GRID.snap(report.point()), report.email(), clientHash, findings.clean() ? null : findings.summary(), now);
        String eraseToken = erasure.link(barrier);
        barriers.add(barrier);
        return new Reported(barrier, eraseToken);
    }

    /**
     * Counts the person once; true if this was the first time. The barrier's row is locked first,
     * so two requests of the same person at once run one after the other: the second finds the
     * first's row (a locking read sees the latest commit) and answers the same count, where it
     * would otherwise hit the primary key of barrier_met (a 500). Different people queue too, and
     * the count stays exact.
     */
    public boolean met(BarrierReport barrier, String who, String clientHash) {
        em.refresh(barrier, LockModeType.PESSIMISTIC_WRITE);
        String whoHash = secrets.keyedHash("barrier-met", who);
        boolean already = !em.createNativeQuery("select who_hash from barrier_met where barrier_id = ? and who_hash = ? for update")
                .setParameter(1, barrier.id()).setParameter(2, whoHash).getResultList().isEmpty();
        if (already) {
            return false;
        }
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object> recent = em.createNativeQuery("select met_at from barrier_met where client_hash = ? and met_at >= ? order by met_at")
                .setParameter(1, clientHash).setParameter(2, Timestamp.from(now.minus(Duration.ofHours(1)))).getResultList();
        limit(recent.stream().map(SqlValues::instant).toList(), MET_HOURLY_LIMIT, now);
        em.createNativeQuery("insert into barrier_met (barrier_id, who_hash, client_hash, met_at) values (?, ?, ?, ?)")
                .setParameter(1, barrier.id()).setParameter(2, whoHash).setParameter(3, clientHash).setParameter(4, Timestamp.from(now))
                .executeUpdate();
        barrier.metOnceMore();
        return true;
    }

    private static void limit(List<Instant> recent, int limit, Instant now) {
        if (recent.size() >= limit) {
            Instant freed = recent.get(recent.size() - limit).plus(Duration.ofHours(1));
            throw new TooManyBarrierReports(Math.max(1, Duration.between(now, freed).toSeconds()));
        }
    }
}
