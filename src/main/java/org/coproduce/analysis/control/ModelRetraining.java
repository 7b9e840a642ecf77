package org.coproduce.analysis.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.coproduce.analysis.engine.Analyser;
import org.coproduce.analysis.engine.ThemeModel;
import org.coproduce.analysis.engine.ThemeRetraining;
import org.coproduce.analysis.entity.TrainedModel;
import org.coproduce.platform.Leases;
import org.coproduce.platform.Periodic;
import org.coproduce.platform.PeriodicJob;
import org.coproduce.platform.Transactions;
import org.coproduce.problems.Conflict;
import org.coproduce.stories.control.StoryQueries;

/**
 * Retraining from moderators' corrections, in the background: every published story a moderator
 * corrected, and whose storyteller consented to this use when telling it, is a labelled example (its moderated text and confirmed themes); every fifth one (by
 * id) is held out. The candidate replaces the active English theme model only if it scores a
 * higher micro-F1 on the held-out stories; both scores are kept either way.
 *
 * <p>With several instances: a run holds the {@code job_lease} row {@value #LEASE} ({@link Leases})
 * from the request that starts it until it ends (renewed at each step, let go on every ending), so
 * a second request, on any instance, is refused with 409 while it runs; and every instance looks
 * for a newly activated model every COPRODUCE_MODEL_POLL_MS (default 30 s) and uses it.
 */
@ApplicationScoped
public class ModelRetraining implements Periodic {

    static final String LEASE = "retraining";
    /** How long a run holds the lease without a sign of life; a run renews it at every step. */
    static final Duration HOLD = Duration.ofMinutes(30);

    static final int MIN_CORRECTED_STORIES = 5;
    private static final Logger LOG = Logger.getLogger(ModelRetraining.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Resource
    ManagedExecutorService executor;

    @Inject
    AnalysisEngine engine;

    @Inject
    ModelChunks chunks;

    @Inject
    StoryQueries stories;

    @Inject
    Clock clock;

    @Inject
    Leases leases;

    /**
     * Records a RUNNING run in its own transaction and, once that is committed, hands the work to
     * the executor. Not to be called inside a caller's transaction: the run must be visible (and
     * block a second one) before the work starts.
     */
    public TrainedModel start() {
        var analyser = engine.ready().orElseThrow(() -> new Conflict("The analysis models are still loading. Try again shortly."));
        var run = inTransaction(() -> {
            var now = clock.instant();
            if (!leases.claim(LEASE, now, HOLD)) {
                throw new Conflict("A retraining is running already.");
            }
            em.createQuery("select m from TrainedModel m where m.status = 'RUNNING'", TrainedModel.class).getResultList()
                    .forEach(m -> m.ended("FAILED", "Interrupted: the instance running it stopped.", now));
            var created = new TrainedModel("themes-en-" + clock.instant().toEpochMilli(), clock.instant());
            em.persist(created);
            return created;
        });
        submit(run.id(), analyser);
        return run;
    }

    private void submit(long id, Analyser analyser) {
        try {
            executor.execute(() -> retrain(id, analyser));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Retraining could not start", e);
            update(id, run -> {
                run.ended("FAILED", "Could not start: " + e.getMessage(), clock.instant());
                leases.release(LEASE);
            });
        }
    }

    /**
     * At start: the last activated model replaces the one trained from the bundled data, and a run
     * that was RUNNING when this instance stopped starts again; one that another instance runs (it
     * holds the lease) is left to it.
     */
    void restore(Analyser analyser) {
        var interrupted = inTransaction(() -> {
            em.createQuery("select m from TrainedModel m where m.active = true order by m.id desc", TrainedModel.class)
                    .setMaxResults(1).getResultStream().findFirst()
                    .ifPresent(m -> analyser.useEnglishThemes(ThemeModel.fromBytes(chunks.load(m.id())), m.version()));
            var running = em.createQuery("select m.id from TrainedModel m where m.status = 'RUNNING' order by m.id desc",
                    Long.class).setMaxResults(1).getResultList();
            return !running.isEmpty() && leases.reclaim(LEASE, clock.instant(), HOLD) ? running : List.<Long>of();
        });
        interrupted.forEach(id -> {
            LOG.info(() -> "Resuming retraining run " + id + " interrupted by a restart");
            submit(id, analyser);
        });
    }

    @Override
    public List<PeriodicJob> periodicJobs() {
        return List.of(PeriodicJob.inTransaction("Looking for a newly activated model", "COPRODUCE_MODEL_POLL_MS", 30_000,
                this::pickUpActive));
    }

    /** Uses the model another instance activated, if it is not the one in use here. */
    void pickUpActive() {
        engine.ready().ifPresent(analyser -> em.createQuery(
                "select m from TrainedModel m where m.active = true order by m.id desc", TrainedModel.class)
                .setMaxResults(1).getResultStream().findFirst()
                .filter(m -> !m.version().equals(analyser.modelVersion()))
                .ifPresent(m -> {
                    analyser.useEnglishThemes(ThemeModel.fromBytes(chunks.load(m.id())), m.version());
                    LOG.info(() -> "Using theme model " + m.version() + ", activated on another instance");
                }));
    }

    public List<TrainedModel> all() {
        return em.createQuery("select m from TrainedModel m order by m.id desc", TrainedModel.class).getResultList();
    }

    private void retrain(long id, Analyser analyser) {
        try {
            progress(id, "Reading moderators' corrections");
            var examples = inTransaction(this::correctedStories);
            var training = new ArrayList<ThemeRetraining.LabelledText>();
            var heldOut = new ArrayList<ThemeRetraining.LabelledText>();
            for (var example : examples) {
                (example.id() % 5 == 0 ? heldOut : training).add(example.text());
            }
            if (examples.size() < MIN_CORRECTED_STORIES || heldOut.isEmpty()) {
                update(id, run -> {
                    run.ended("SKIPPED", "Needs at least " + MIN_CORRECTED_STORIES
                            + " corrected stories with one held out; found " + examples.size() + ".", clock.instant());
                    leases.release(LEASE);
                });
                return;
            }
            progress(id, "Training on " + training.size() + " corrected stories and the bundled data; "
                    + heldOut.size() + " held out for scoring");
            var outcome = analyser.challenge(training, heldOut);
            boolean better = outcome.activate();
            byte[] bytes = outcome.candidate().toBytes();
            update(id, run -> {
                if (better) {
                    em.createQuery("select m from TrainedModel m where m.active = true", TrainedModel.class)
                            .getResultList().forEach(TrainedModel::retire);
                }
                run.scored(training.size(), heldOut.size(), outcome.currentF1(), outcome.candidateF1(), better, clock.instant());
                if (better) {
                    chunks.saveActive(id, bytes);
                }
                leases.release(LEASE);
            });
            if (better) {
                analyser.useEnglishThemes(outcome.candidate(), inTransaction(() -> em.find(TrainedModel.class, id).version()));
            }
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Retraining failed", e);
            try {
                update(id, run -> {
                    run.ended("FAILED", e.getMessage(), clock.instant());
                    leases.release(LEASE);
                });
            } catch (RuntimeException notRecorded) {
                LOG.log(Level.WARNING, "Could not record the failure of retraining run " + id, notRecorded);
                inTransaction(() -> {
                    leases.release(LEASE);
                    return null;
                });
            }
        }
    }

    private void progress(long id, String message) {
        update(id, run -> {
            run.progress(message);
            leases.renew(LEASE, clock.instant(), HOLD);
        });
    }

    private record Corrected(long id, ThemeRetraining.LabelledText text) {
    }

    private List<Corrected> correctedStories() {
        var corrected = new ArrayList<Corrected>();
        for (var story : stories.consentedToTrainingWith("select 1 from theme_correction c where c.story_id = s.id")) {
            var codes = stories.themeCodes(story.id());
            corrected.add(new Corrected(story.id(), new ThemeRetraining.LabelledText(story.body(), codes)));
        }
        return corrected;
    }

    private void update(long id, Consumer<TrainedModel> change) {
        inTransaction(() -> {
            change.accept(em.find(TrainedModel.class, id));
            return null;
        });
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return Transactions.inOwn(transaction, work);
    }
}
