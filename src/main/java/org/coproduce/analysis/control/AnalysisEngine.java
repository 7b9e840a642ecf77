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
 */
@ApplicationScoped
public class AnalysisEngine {

    private static final Logger LOG = Logger.getLogger(AnalysisEngine.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    ModelRetraining retraining;

    private volatile CompletableFuture<Analyser> analyser;

    void start(@Observes SchemaReady ready) {
        analyser = CompletableFuture.supplyAsync(() -> {
            long start = System.nanoTime();
            var trained = new Analyser(AnalysisSettings.modelCache());
            retraining.restore(trained);
            LOG.info(() -> "Analysis models ready in " + (System.nanoTime() - start) / 1_000_000 + " ms");
            return trained;
        }, executor);
        analyser.exceptionally(e -> {
            LOG.log(Level.SEVERE, "Analysis models could not be trained", e);
            return null;
        });
    }

    public Optional<Analyser> ready() {
        var future = analyser;
        return future != null && future.isDone() && !future.isCompletedExceptionally()
                ? Optional.ofNullable(future.getNow(null)) : Optional.empty();
    }
}
