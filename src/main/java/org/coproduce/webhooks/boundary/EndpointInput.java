package org.coproduce.webhooks.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An endpoint to register or change: the organisation (fixed once registered), the address, the
 * event types; on a change, {@code enabled} (true enables a disabled endpoint again) and the
 * version seen.
 */
public record EndpointInput(@NotNull Long organisationId, @NotBlank @Size(max = 2000) String url,
        @NotEmpty @Size(max = 10) List<String> events, Boolean enabled, Long version) {
}
