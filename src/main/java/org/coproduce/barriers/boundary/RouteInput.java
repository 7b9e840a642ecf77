package org.coproduce.barriers.boundary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/** An organisation takes barriers of a category (none: every category) inside a box. */
public record RouteInput(
        @NotNull Long organisationId,
        String category,
        @NotNull @DecimalMin("-90") @DecimalMax("90") Double minLatitude,
        @NotNull @DecimalMin("-180") @DecimalMax("180") Double minLongitude,
        @NotNull @DecimalMin("-90") @DecimalMax("90") Double maxLatitude,
        @NotNull @DecimalMin("-180") @DecimalMax("180") Double maxLongitude) {
}
