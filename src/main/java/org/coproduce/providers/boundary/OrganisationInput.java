package org.coproduce.providers.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record OrganisationInput(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 60) String kind,
        @Size(max = 100) String city,
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 country code such as GB or DE") String country,
        @Size(max = 300) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) address") String website,
        Long parentId) {
}
