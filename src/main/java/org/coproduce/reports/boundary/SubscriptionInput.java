package org.coproduce.reports.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * A report subscription to make: an organisation's id or a service's id (one of them), MONTHLY or
 * WEEKLY, and the language of its e-mails ("en" or "de"; the request's language when absent).
 */
public record SubscriptionInput(Long organisation, Long service,
        @NotBlank @Pattern(regexp = "MONTHLY|WEEKLY", message = "must be MONTHLY or WEEKLY") String cadence,
        @Pattern(regexp = "en|de", message = "must be en or de") String language) {
}
