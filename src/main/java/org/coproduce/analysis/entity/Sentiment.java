package org.coproduce.analysis.entity;

import jakarta.json.bind.annotation.JsonbTypeAdapter;
import org.coproduce.platform.Coded;

/** A whole story's sentiment. */
@JsonbTypeAdapter(Sentiment.Json.class)
public enum Sentiment implements Coded {
    POSITIVE("positive"),
    MIXED("mixed"),
    NEGATIVE("negative");

    private final String code;

    Sentiment(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** JSON-B writes and reads the code. */
    public static final class Json extends Coded.Json<Sentiment> {

        public Json() {
            super(Sentiment.class);
        }
    }
}
