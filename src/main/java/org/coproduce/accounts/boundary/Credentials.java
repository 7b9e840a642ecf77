package org.coproduce.accounts.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record Credentials(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 200) String password) {
}
