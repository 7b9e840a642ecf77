package org.coproduce.responses.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A response; its change is PLANNED or MADE, described anew or joining an entry of the register (changeId). */
public record ResponseInput(@NotBlank @Size(max = 10000) String text, @Valid Change change) {

    public record Change(@NotBlank String kind, @Size(max = 2000) String description, Long changeId) {
    }
}
