package org.coproduce.responses.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record ResponseInput(@NotBlank @Size(max = 10000) String text, @Valid Change change) {

    public record Change(@NotBlank String kind, @NotBlank @Size(max = 2000) String description) {
    }
}
