package org.coproduce.barriers.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A moderator's decision: PUBLISH (with the place and description reworded, when given) or REJECT;
 * {@code version}, when given, the report's as the moderator saw it (with its photos): 409 if it changed.
 */
public record BarrierDecision(@NotBlank String action, @Size(max = 200) String place, @Size(max = 2000) String description, Long version) {
}
