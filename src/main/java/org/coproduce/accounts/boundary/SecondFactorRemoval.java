package org.coproduce.accounts.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Turning the second factor off needs the current password and a code. */
public record SecondFactorRemoval(@NotBlank @Size(max = 200) String password, @NotBlank @Size(max = 20) String code) {
}
