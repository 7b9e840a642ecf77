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
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.coproduce.analysis.engine.Analyser;
import org.coproduce.analysis.engine.ThemeModel;
import org.coproduce.analysis.engine.ThemeRetraining;
import org.coproduce.analysis.entity.Language;
import org.coproduce.analysis.entity.TrainedModel;
import org.coproduce.platform.Coded;
import org.coproduce.platform.Leases;
import org.coproduce.platform.Periodic;
import org.coproduce.platform.PeriodicJob;
import org.coproduce.platform.Transactions;
import org.coproduce.problems.Conflict;
import org.coproduce.stories.control.StoryQueries;

/**
 * Retraining from moderators' corrections, in the background: every published story a moderator
 * corrected, and whose storyteller consented to this use when telling it, is a labelled example (its moderated text and confirmed themes)
 * in the language its analysis found; every fifth one (by id) is held out. A run trains one candidate
 * per language on that language's bundled data and corrections; a candidate replaces its language's
 * active theme model only if it scores a higher micro-F1 on that language's held-out stories, so one
 * language's result never replaces the other's model; both scores are kept either way.
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
    private static final Map<Language, String> NAMES = Map.of(Language.EN, "English", Language.DE, "German");
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
    StoredAnalyses analyses;

    @Inject
    Clock clock;

    @Inject
    Leases leases;

    /**
     * Records a RUNNING run in its own transaction and, once that is committed, hands the work to
     * the executor. Not to be called inside a caller's transaction: the run must be visible (and
     * block a second one) before the work starts.
     */
    public List<TrainedModel> start() {
        var analyser = engine.ready().orElseThrow(() -> new Conflict("The analysis models are still loading. Try again shortly."));
        var run = inTransaction(() -> {
            var now = clock.instant();
            if (!leases.claim(LEASE, now, HOLD)) {
                throw new Conflict("A retraining is running already.");
            }
            em.createQuery("select m from TrainedModel m where m.status = 'RUNNING'", TrainedModel.class).getResultList()
                    .forEach(m -> m.ended("FAILED", "Interrupted: the instance running it stopped.", now));
            var candidates = new ArrayList<TrainedModel>();
            for (var language : Language.values()) {
                var candidate = new TrainedModel(language, now);
                em.persist(candidate);
                em.flush();
                candidate.partOf(candidates.isEmpty() ? candidate : candidates.getFirst());
                candidates.add(candidate);
            }
            return List.copyOf(candidates);
        });
        submit(run.getFirst().runId(), analyser);
        return run;
    }

    private void submit(long runId, Analyser analyser) {
        try {
            executor.execute(() -> retrain(runId, analyser));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Retraining could not start", e);
            inTransaction(() -> {
                running(runId).forEach(m -> m.ended("FAILED", "Could not start: " + e.getMessage(), clock.instant()));
                leases.release(LEASE);
                return null;
            });
        }
    }

    private List<TrainedModel> running(long runId) {
        return em.createQuery("select m from TrainedModel m where m.status = 'RUNNING' and (m.runId = :run or m.id = :run)"
                + " order by m.id", TrainedModel.class).setParameter("run", runId).getResultList();
    }

    /**
     * At start: each language's last activated model replaces the one trained from the bundled data, and a run
     * that was RUNNING when this instance stopped starts again; one that another instance runs (it
     * holds the lease) is left to it.
     */
    void restore(Analyser analyser) {
        var interrupted = inTransaction(() -> {
            for (var language : Language.values()) {
                active(language).ifPresent(m -> analyser.useThemes(language, ThemeModel.fromBytes(chunks.load(m.id())), m.version()));
            }
            var running = em.createQuery("select m from TrainedModel m where m.status = 'RUNNING' order by m.id desc",
                    TrainedModel.class).setMaxResults(1).getResultStream().map(TrainedModel::runId).toList();
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

    /** Uses, per language, the model another instance activated, if it is not the one in use here. */
    void pickUpActive() {
        engine.ready().ifPresent(analyser -> {
            for (var language : Language.values()) {
                active(language).filter(m -> !m.version().equals(analyser.modelVersion(language))).ifPresent(m -> {
                    analyser.useThemes(language, ThemeModel.fromBytes(chunks.load(m.id())), m.version());
                    LOG.info(() -> "Using theme model " + m.version() + ", activated on another instance");
                });
            }
        });
    }

    private Optional<TrainedModel> active(Language language) {
        return em.createQuery("select m from TrainedModel m where m.active = true and m.language = :language order by m.id desc",
                TrainedModel.class).setParameter("language", language.code()).setMaxResults(1).getResultStream().findFirst();
    }

    /** Every run's candidates, newest first. */
    public List<TrainedModel> all() {
        return em.createQuery("select m from TrainedModel m order by m.id desc", TrainedModel.class).getResultList();
    }

    /** Trains the run's candidates still RUNNING, one language after the other, then lets go of the lease. */
    private void retrain(long runId, Analyser analyser) {
        try {
            var pending = inTransaction(() -> running(runId).stream()
                    .map(m -> new Candidate(m.id(), m.language(), m.version())).toList());
            pending.forEach(candidate -> progress(candidate.id(), "Reading moderators' corrections"));
            var examples = inTransaction(this::correctedStories);
            for (var candidate : pending) {
                retrain(candidate, examples.stream().filter(e -> e.language() == candidate.language()).toList(), analyser);
            }
            releaseLease();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Retraining failed", e);
            try {
                inTransaction(() -> {
                    running(runId).forEach(m -> m.ended("FAILED", e.getMessage(), clock.instant()));
                    leases.release(LEASE);
                    return null;
                });
            } catch (RuntimeException notRecorded) {
                LOG.log(Level.WARNING, "Could not record the failure of retraining run " + runId, notRecorded);
                releaseLease();
            }
        }
    }

    private void releaseLease() {
        inTransaction(() -> {
            leases.release(LEASE);
            return null;
        });
    }

    private record Candidate(long id, Language language, String version) {
    }

    /** One language's candidate: trained, scored against the language's active model, activated only if better. */
    private void retrain(Candidate candidate, List<Corrected> examples, Analyser analyser) {
        long id = candidate.id();
        var language = candidate.language();
        var training = new ArrayList<ThemeRetraining.LabelledText>();
        var heldOut = new ArrayList<ThemeRetraining.LabelledText>();
        for (var example : examples) {
            (example.id() % 5 == 0 ? heldOut : training).add(example.text());
        }
        if (examples.size() < MIN_CORRECTED_STORIES || heldOut.isEmpty()) {
            update(id, run -> {
                run.ended("SKIPPED", "Needs at least " + MIN_CORRECTED_STORIES + " corrected stories in "
                        + NAMES.get(language) + " with one held out; found " + examples.size() + ".", clock.instant());
                leases.renew(LEASE, clock.instant(), HOLD);
            });
            return;
        }
        progress(id, "Training on " + training.size() + " corrected stories in " + NAMES.get(language)
                + " and the bundled data; " + heldOut.size() + " held out for scoring");
        var outcome = analyser.challenge(language, training, heldOut);
        boolean better = outcome.activate();
        byte[] bytes = better ? outcome.candidate().toBytes() : null;
        update(id, run -> {
            if (better) {
                em.createQuery("select m from TrainedModel m where m.active = true and m.language = :language", TrainedModel.class)
                        .setParameter("language", language.code()).getResultList().forEach(TrainedModel::retire);
            }
            run.scored(training.size(), heldOut.size(), outcome.currentF1(), outcome.candidateF1(), better, clock.instant());
            if (better) {
                chunks.saveActive(id, language, bytes);
            }
            leases.renew(LEASE, clock.instant(), HOLD);
        });
        if (better) {
            analyser.useThemes(language, outcome.candidate(), candidate.version());
        }
    }

    private void progress(long id, String message) {
        update(id, run -> {
            run.progress(message);
            leases.renew(LEASE, clock.instant(), HOLD);
        });
    }

    private record Corrected(long id, Language language, ThemeRetraining.LabelledText text) {
    }

    /** The language of a corrected story is the one its analysis found (the moderator corrected that analysis). */
    private List<Corrected> correctedStories() {
        var corrected = new ArrayList<Corrected>();
        for (var story : stories.consentedToTrainingWith("select 1 from theme_correction c where c.story_id = s.id")) {
            var codes = stories.themeCodes(story.id());
            var language = analyses.of(story.id()).flatMap(a -> Coded.parse(Language.class, a.getString("language", "")))
                    .orElse(Language.EN);
            corrected.add(new Corrected(story.id(), language, new ThemeRetraining.LabelledText(story.body(), codes)));
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
