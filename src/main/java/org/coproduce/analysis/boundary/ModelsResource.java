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

/** Admins retrain the theme model from moderators' corrections and see every run's scores. */
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
    @Operation(operationId = "listThemeModels", summary = "Every retraining run of the theme model with its scores")
    public List<ModelView> all() {
        return retraining.all().stream().map(ModelView::of).toList();
    }

    /** Not transactional: the run is committed before its work starts (see ModelRetraining.start). */
    @POST
    @Path("retrain")
    @Allowed(Role.ADMIN)
    @Operation(operationId = "retrainThemeModel",
            summary = "Retrains the theme model from moderators' corrections (runs in the background)")
    public Response retrain() {
        return Response.accepted(ModelView.of(retraining.start())).build();
    }

    public record ModelView(long id, String version, String status, boolean active, int corrections, int heldOut,
            Double activeF1, Double candidateF1, String message, Instant startedAt, Instant finishedAt) {

        static ModelView of(TrainedModel m) {
            return new ModelView(m.id(), m.version(), m.status(), m.active(), m.corrections(), m.heldOut(), m.activeF1(),
                    m.candidateF1(), m.message(), m.startedAt(), m.finishedAt());
        }
    }
}
