package org.coproduce.moderation.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * PUBLISH with the de-identified title and text, criticality and themes ({@code hold}: the
 * moderator's choice to hold it for the provider first or not, null: the hold rule decides); or REJECT with a reasonCode
 * from the library (its text, in the storyteller's language, is what they are told) and/or a reason
 * in the moderator's words (added after the library's text).
 */
public record StoryDecision(
        @NotBlank String action,
        @NotNull Long version,
        @Size(max = 200) String title,
        @Size(max = 30000) String text,
        @Min(0) @Max(5) Integer criticality,
        @Size(max = 20) List<@Valid ThemeChoice> themes,
        @Size(max = 1000) String reason,
        Boolean hold,
        @Size(max = 40) String reasonCode) {

    public record ThemeChoice(@NotBlank @Size(max = 40) String code, @NotBlank String polarity) {
    }
}
