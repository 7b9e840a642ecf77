package org.coproduce.barriers.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A responder's new status (CONFIRMED, BEING_FIXED, FIXED) and an optional public note. */
public record StatusInput(@NotBlank String status, @Size(max = 1000) String note) {
}
