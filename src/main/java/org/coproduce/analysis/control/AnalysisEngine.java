package org.coproduce.analysis.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.coproduce.analysis.engine.Analyser;
import org.coproduce.platform.SchemaReady;

/**
 * The one shared {@link Analyser}. Training its models takes seconds, so it starts in the
 * background when the application starts; until it is ready, analysis tasks wait in the outbox.
 * Training that failed (out of memory on a small heap, say) is tried again when analysis is next
 * asked for, at most once a minute (from the start of the last try), so the waiting tasks are not stuck until a restart.
 */
@ApplicationScoped
public class AnalysisEngine {

    private static final Logger LOG = Logger.getLogger(AnalysisEngine.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    ModelRetraining retraining;

    static final long RETRY_AFTER_NANOS = 60_000_000_000L;

    private volatile CompletableFuture<Analyser> analyser;
    private volatile long startedAt;

    void start(@Observes SchemaReady ready) {
        train();
    }

    private synchronized void train() {
        if (analyser != null && !analyser.isCompletedExceptionally()) {
            return;
        }
        startedAt = System.nanoTime();
        analyser = CompletableFuture.supplyAsync(() -> {
            long start = System.nanoTime();
            var trained = new Analyser(AnalysisSettings.modelCache());
            retraining.restore(trained);
            LOG.info(() -> "Analysis models ready in " + (System.nanoTime() - start) / 1_000_000 + " ms");
            return trained;
        }, executor);
        analyser.exceptionally(e -> {
            LOG.log(Level.SEVERE, "Analysis models could not be trained; trying again in a minute", e);
            return null;
        });
    }

    public Optional<Analyser> ready() {
        var future = analyser;
        if (future != null && future.isCompletedExceptionally() && System.nanoTime() - startedAt > RETRY_AFTER_NANOS) {
            train();
            return Optional.empty();
        }
        return future != null && future.isDone() && !future.isCompletedExceptionally()
                ? Optional.ofNullable(future.getNow(null)) : Optional.empty();
    }
}
