package org.coproduce.stories.boundary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A story as the storyteller sends it. No account; the e-mail address is optional and never shown. */
public record StorySubmission(
        @Size(max = 5, message = "choose at most 5 services") List<@NotNull Long> serviceIds,
        String category,
        @NotBlank String relation,
        @NotBlank @Pattern(regexp = "(19|20)[0-9]{2}-(0[1-9]|1[0-2])", message = "must be a month as YYYY-MM") String happened,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 20000) String story,
        @Size(max = 5000) String good,
        @Size(max = 5000) String improve,
        @Size(max = 5000) String feeling,
        @Email @Size(max = 254) String email,
        @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") Double longitude,
        Boolean trainingConsent) {
}
