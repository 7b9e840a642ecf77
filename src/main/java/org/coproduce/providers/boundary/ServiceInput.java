package org.coproduce.providers.boundary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record ServiceInput(
        @NotNull Long organisationId,
        @NotBlank @Size(max = 200) String name,
        @NotBlank String category,
        @Size(max = 1000) String description,
        @Size(max = 300) String address,
        @Size(max = 20) String postcode,
        @Size(max = 100) String city,
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 country code such as GB or DE") String country,
        @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") Double longitude) {
}
