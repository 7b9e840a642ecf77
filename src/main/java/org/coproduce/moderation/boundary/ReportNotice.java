package org.coproduce.moderation.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A report: a reason from the list (PERSONAL_DATA, OFFENSIVE, UNTRUE, OFF_TOPIC, OTHER) and optional words. */
public record ReportNotice(@NotBlank @Size(max = 20) String reason, @Size(max = 2000) String text) {
}
