package org.coproduce.accounts.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The token from the e-mailed link, and the new password. */
public record ResetUse(@NotBlank @Size(max = 100) String token, @NotBlank String newPassword) {
}
