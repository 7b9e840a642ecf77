package org.coproduce.analysis.entity;

import jakarta.json.bind.annotation.JsonbTypeAdapter;
import org.coproduce.platform.Coded;

/** The languages the analysis supports; codes are ISO 639-1. */
@JsonbTypeAdapter(Language.Json.class)
public enum Language implements Coded {
    EN("en"),
    DE("de");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** JSON-B writes and reads the code. */
    public static final class Json extends Coded.Json<Language> {

        public Json() {
            super(Language.class);
        }
    }
}
