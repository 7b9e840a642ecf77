package org.coproduce.moderation.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** RELEASE a held story now, or KEEP it held {@code until} then (an ISO instant; none: until acknowledged or released). */
public record HoldDecision(@NotBlank @Size(max = 20) String action, @NotNull Long version, @Size(max = 40) String until) {
}
