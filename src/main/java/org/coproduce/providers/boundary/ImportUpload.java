package org.coproduce.providers.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A directory file sent as JSON (the staff page does): its name and its text. */
public record ImportUpload(@Size(max = 200) String fileName, @NotBlank String csv) {
}
