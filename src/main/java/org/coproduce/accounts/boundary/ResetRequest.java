package org.coproduce.accounts.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Asks for a password reset link to be e-mailed to this address (if it has an account). */
public record ResetRequest(@NotBlank @Email @Size(max = 254) String email) {
}
