package org.coproduce.stories.entity;

import jakarta.json.bind.annotation.JsonbTypeAdapter;
import org.coproduce.platform.Coded;

/**
 * Whether a theme is mentioned as good or as something that could improve. Two spellings, both
 * as they always were: the name (GOOD, IMPROVE) in the stories' tables, the API, CSV exports and
 * query parameters (JPA stores the name, views write {@code name()}); the code (good,
 * could_improve) in the analysis JSON and the training files, which JSON-B writes through
 * {@link Json}.
 */
@JsonbTypeAdapter(Polarity.Json.class)
public enum Polarity implements Coded {
    GOOD("good"),
    IMPROVE("could_improve");

    private final String code;

    Polarity(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** JSON-B writes and reads the code. */
    public static final class Json extends Coded.Json<Polarity> {

        public Json() {
            super(Polarity.class);
        }
    }
}
