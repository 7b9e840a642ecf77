package org.coproduce.moderation.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record ReplyDecision(@NotBlank String action, @Size(max = 1000) String reason) {
}
