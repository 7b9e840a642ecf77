package org.coproduce.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.coproduce.moderation.entity.Report;
import org.coproduce.moderation.entity.ReportReason;
import org.coproduce.platform.Settings;
import org.coproduce.stories.control.StoryContested;
import org.coproduce.stories.control.StoryWithdrawn;
import org.coproduce.stories.entity.Story;

/**
 * Notices from anyone about published stories and responses (after the DSA's notice and action):
 * at most COPRODUCE_REPORT_RATE_LIMIT (10) an hour from one client; a story reported by
 * COPRODUCE_REPORTS_HIDE_AT (3) different clients, with none decided yet, leaves public view until a
 * moderator decides. The storyteller's contest of a decision joins the same queue.
 */
@ApplicationScoped
public class Reports {

    static final int HOURLY_LIMIT = Settings.number("COPRODUCE_REPORT_RATE_LIMIT", 10);
    static final int HIDE_AT = Settings.number("COPRODUCE_REPORTS_HIDE_AT", 3);
    public static final String AUTO_HIDDEN = "Hidden automatically after several reports, until a moderator has looked at them.";
    static final String AUTO_HIDDEN_DE = "Nach mehreren Meldungen automatisch verborgen, bis die Moderation sie geprüft hat.";

    /** The reason the storyteller reads, in the language the story was told in. */
    static String autoHidden(String language) {
        return language != null && language.startsWith("de") ? AUTO_HIDDEN_DE : AUTO_HIDDEN;
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    @Inject
    Event<StoryHiddenOrEdited> changed;

    @Inject
    Event<ReportReceived> received;

    public void report(Story story, Long responseId, ReportReason reason, String note, String clientHash) {
        Instant now = clock.instant();
        checkRate(clientHash, now);
        em.persist(new Report(story.id(), responseId, reason, note, clientHash, now));
        audit.record(story.id(), responseId, null, responseId == null ? "REPORT" : "REPORT_REPLY", reason.name(), null, null);
        received.fire(new ReportReceived(story.id(), responseId, reason.name()));
        if (responseId == null && story.published() && reporters(story.id()) >= HIDE_AT) {
            story.hide(autoHidden(story.storytellerLanguage()));
            audit.record(story.id(), null, null, "AUTO_HIDE", AUTO_HIDDEN, null, null);
            changed.fire(new StoryHiddenOrEdited(story.id(), "AUTO_HIDE"));
        }
    }

    /** The open reports on a story (responseId null) or one of its responses. */
    public List<Report> open(long storyId, Long responseId) {
        var query = em.createQuery("select r from Report r where r.storyId = :s and r.decidedAt is null and "
                + (responseId == null ? "r.responseId is null" : "r.responseId = :r") + " order by r.reportedAt, r.id", Report.class)
                .setParameter("s", storyId);
        return (responseId == null ? query : query.setParameter("r", responseId)).getResultList();
    }

    /** Every open report, oldest first (the queue groups and orders them). */
    public List<Report> allOpen(int limit) {
        return em.createQuery("select r from Report r where r.decidedAt is null order by r.reportedAt, r.id", Report.class)
                .setMaxResults(limit).getResultList();
    }

    public List<Report> of(long storyId) {
        return em.createQuery("select r from Report r where r.storyId = :s order by r.reportedAt, r.id", Report.class)
                .setParameter("s", storyId).getResultList();
    }

    /** Closes the open reports on the subject with the moderator's decision. */
    public void close(long storyId, Long responseId, String decision) {
        Instant now = clock.instant();
        open(storyId, responseId).forEach(r -> r.decide(decision, now));
    }

    void contested(@Observes StoryContested contest) {
        em.persist(new Report(contest.storyId(), null, ReportReason.CONTEST, contest.text(), null, clock.instant()));
        audit.record(contest.storyId(), null, null, "CONTEST", null, contest.text(), null);
    }

    /** The storyteller withdrew the story: the reports about it (and their words) go with it. */
    void erase(@Observes StoryWithdrawn withdrawn) {
        em.createQuery("delete from Report r where r.storyId = :s").setParameter("s", withdrawn.storyId()).executeUpdate();
    }

    private long reporters(long storyId) {
        return em.createQuery("select count(distinct r.clientHash) from Report r where r.storyId = :s and r.responseId is null"
                + " and r.decidedAt is null and r.clientHash is not null", Long.class).setParameter("s", storyId).getSingleResult();
    }

    private void checkRate(String clientHash, Instant now) {
        var recent = em.createQuery("select r.reportedAt from Report r where r.clientHash = :c and r.reportedAt > :since"
                + " order by r.reportedAt", Instant.class).setParameter("c", clientHash)
                .setParameter("since", now.minus(Duration.ofHours(1))).getResultList();
        if (recent.size() >= HOURLY_LIMIT) {
            Instant freed = recent.get(recent.size() - HOURLY_LIMIT).plus(Duration.ofHours(1));
            throw new TooManyReports(Math.max(1, Duration.between(now, freed).toSeconds()));
        }
    }
}
