package org.coproduce.moderation.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A decision on reports. A story: DISMISS, EDIT (title and text), HIDE, UNPUBLISH or RESTORE; the
 * reason is the statement of reasons the storyteller sees (needed to edit, hide or unpublish). A
 * response: DISMISS, or UNPUBLISH with a reasonCode from the rejection list and an optional note.
 */
public record ReportDecision(
        @NotBlank String action,
        @NotNull Long version,
        @Size(max = 1000) String reason,
        @Size(max = 200) String title,
        @Size(max = 30000) String text,
        @Size(max = 20) String reasonCode) {
}
