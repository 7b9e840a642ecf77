package org.coproduce.analysis.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.coproduce.accounts.boundary.Allowed;
import org.coproduce.accounts.entity.Role;
import org.coproduce.analysis.control.ModelRetraining;
import org.coproduce.analysis.entity.TrainedModel;
import org.coproduce.problems.RetriedOnConflict;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admins retrain the theme models (one per language) from moderators' corrections and see every run's scores. */
@Path("admin/models")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RetriedOnConflict
@Tag(name = "analysis")
public class ModelsResource {

    @Inject
    ModelRetraining retraining;

    @GET
    @Transactional
    @Allowed(Role.ADMIN)
    @Operation(operationId = "listThemeModels",
            summary = "Every retraining run of the theme models with each language's candidate and scores")
    public List<RunView> all() {
        return RunView.of(retraining.all());
    }

    /** Not transactional: the run is committed before its work starts (see ModelRetraining.start). */
    @POST
    @Path("retrain")
    @Allowed(Role.ADMIN)
    @Operation(operationId = "retrainThemeModel",
            summary = "Retrains each language's theme model from moderators' corrections (runs in the background)")
    public Response retrain() {
        return Response.accepted(RunView.of(retraining.start()).getFirst()).build();
    }

    /**
     * A run: RUNNING while a language's candidate is, then FAILED if one failed, else ACTIVATED if one replaced its
     * language's model, else KEPT if one was scored, else SKIPPED. Finished when its last candidate finished.
     */
    public record RunView(long id, String status, Instant startedAt, Instant finishedAt, List<ModelView> languages) {

        /** The candidates grouped by run, newest run first, each run's in language order. */
        static List<RunView> of(List<TrainedModel> candidates) {
            var runs = new java.util.TreeMap<Long, List<TrainedModel>>(java.util.Comparator.reverseOrder());
            candidates.forEach(m -> runs.computeIfAbsent(m.runId(), run -> new java.util.ArrayList<>()).add(m));
            return runs.entrySet().stream().map(run -> of(run.getKey(), run.getValue().stream()
                    .sorted(java.util.Comparator.comparing(TrainedModel::language)).toList())).toList();
        }

        private static RunView of(long id, List<TrainedModel> candidates) {
            boolean running = candidates.stream().anyMatch(TrainedModel::running);
            String status = running ? "RUNNING" : java.util.stream.Stream.of("FAILED", "ACTIVATED", "KEPT")
                    .filter(s -> candidates.stream().anyMatch(m -> s.equals(m.status()))).findFirst().orElse("SKIPPED");
            Instant finished = running ? null : candidates.stream().map(TrainedModel::finishedAt)
                    .filter(java.util.Objects::nonNull).max(Instant::compareTo).orElse(null);
            return new RunView(id, status, candidates.getFirst().startedAt(), finished,
                    candidates.stream().map(ModelView::of).toList());
        }
    }

    /** One language's candidate: its scores on that language's held-out stories and what became of it. */
    public record ModelView(long id, String language, String version, String status, boolean active, int corrections,
            int heldOut, Double activeF1, Double candidateF1, String message, Instant startedAt, Instant finishedAt) {

        static ModelView of(TrainedModel m) {
            return new ModelView(m.id(), m.language().code(), m.version(), m.status(), m.active(), m.corrections(),
                    m.heldOut(), m.activeF1(), m.candidateF1(), m.message(), m.startedAt(), m.finishedAt());
        }
    }
}
