package org.coproduce.stories.control;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.coproduce.problems.InvalidInput;

/**
 * Where the next page of a list starts: after the story {@code id}, which was published at
 * {@code publishedAt} (newest first) or scored {@code score} (by relevance). Opaque to clients.
 */
public record StoryCursor(Optional<Double> score, Instant publishedAt, long id) {

    public String text() {
        String plain = score.map(s -> "r" + s).orElse("n") + "|" + publishedAt.getEpochSecond() + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** A cursor from a previous answer's {@code next}, or a 400 naming {@code after}. */
    public static StoryCursor parse(String text) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 3 || parts[0].isEmpty() || (!parts[0].equals("n") && parts[0].charAt(0) != 'r')) {
                throw new IllegalArgumentException(text);
            }
            var score = parts[0].equals("n") ? Optional.<Double>empty() : Optional.of(Double.parseDouble(parts[0].substring(1)));
            return new StoryCursor(score, Instant.ofEpochSecond(Long.parseLong(parts[1])), Long.parseLong(parts[2]));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new InvalidInput("after", "must be the next cursor of a previous answer");
        }
    }
}
