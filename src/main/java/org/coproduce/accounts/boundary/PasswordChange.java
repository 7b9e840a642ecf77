package org.coproduce.accounts.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A user's own password change: the current password, and the new one (checked by PasswordRules). */
public record PasswordChange(@NotBlank @Size(max = 200) String currentPassword, @NotBlank String newPassword) {
}
