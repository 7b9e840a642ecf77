package org.coproduce.moderation.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.coproduce.moderation.entity.ReasonWording;

/**
 * A reason of the library as an administrator writes it. code: only when creating (upper case,
 * digits, underscores); version: only when changing, the one the administrator saw.
 */
public record ReasonInput(
        @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "must be 2 to 40 upper-case letters, digits or underscores") String code,
        Long version,
        @NotBlank @Size(max = 100) String labelEn,
        @NotBlank @Size(max = 100) String labelDe,
        @NotBlank @Size(max = 900) String textEn,
        @NotBlank @Size(max = 900) String textDe,
        @Min(0) @Max(10000) Integer position) {

    ReasonWording wording() {
        return new ReasonWording(labelEn.strip(), labelDe.strip(), textEn.strip(), textDe.strip(),
                position == null ? 0 : position);
    }
}
