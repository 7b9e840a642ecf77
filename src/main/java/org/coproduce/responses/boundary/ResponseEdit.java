package org.coproduce.responses.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The author's new text for their response, and the version of it they saw. */
public record ResponseEdit(@NotBlank @Size(max = 10000) String text, @NotNull Long version) {
}
