package org.coproduce.analysis.entity;

import jakarta.json.bind.annotation.JsonbTypeAdapter;
import org.coproduce.platform.Coded;

/** What a safeguarding trigger is about. */
@JsonbTypeAdapter(SafeguardingKind.Json.class)
public enum SafeguardingKind implements Coded {
    SELF_HARM("self_harm"),
    SUICIDE("suicide"),
    ABUSE("abuse"),
    NEGLECT("neglect"),
    VIOLENCE("violence");

    private final String code;

    SafeguardingKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** JSON-B writes and reads the code. */
    public static final class Json extends Coded.Json<SafeguardingKind> {

        public Json() {
            super(SafeguardingKind.class);
        }
    }
}
