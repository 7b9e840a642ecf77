package org.coproduce.changes.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A change as responders and quality managers write it; dates YYYY-MM-DD, status PLANNED, MADE or DROPPED. */
public record ChangeInput(
        @NotNull Long organisationId,
        @NotBlank @Size(max = 2000) String description,
        @Size(max = 100) List<Long> serviceIds,
        @Size(max = 20) List<@NotBlank @Size(max = 40) String> themes,
        @Size(max = 1000) List<Long> storyIds,
        String plannedOn,
        String status,
        String madeOn) {
}
