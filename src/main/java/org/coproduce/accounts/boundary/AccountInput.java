package org.coproduce.accounts.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * An account as an admin creates or updates it; the password only when it is set or changed; the
 * language of its e-mails ("en" or "de"): when absent, COPRODUCE_STAFF_LANGUAGE for a new account, unchanged for an existing one.
 */
public record AccountInput(
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(max = 120) String displayName,
        @Size(max = 120) String jobTitle,
        @NotBlank String role,
        boolean platformWide,
        Set<Long> organisationIds,
        @Size(min = 12, max = 200, message = "must be 12 to 200 characters") String password,
        @Pattern(regexp = "en|de", message = "must be en or de") String language) {
}
