package org.coproduce.open311.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Which app a new key is for, in the admin's words ("FixMyStreet Leeds"). */
public record KeyInput(@NotBlank @Size(max = 100) String name) {
}
