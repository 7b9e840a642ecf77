package org.coproduce.barriers.boundary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A barrier as the report form tells it: its category, the place in words and on the map, what is wrong, an optional address for updates. */
public record BarrierSubmission(
        @NotBlank String category,
        @NotBlank @Size(max = 200) String place,
        @NotBlank @Size(max = 2000) String description,
        @NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude,
        @Email @Size(max = 254) String email) {
}
