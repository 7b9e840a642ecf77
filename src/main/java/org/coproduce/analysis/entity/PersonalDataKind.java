package org.coproduce.analysis.entity;

import jakarta.json.bind.annotation.JsonbTypeAdapter;
import org.coproduce.platform.Coded;

/** What kind of personal data a span is. */
@JsonbTypeAdapter(PersonalDataKind.Json.class)
public enum PersonalDataKind implements Coded {
    EMAIL("email"),
    PHONE("phone"),
    DATE_OF_BIRTH("date_of_birth"),
    NHS_NUMBER("nhs_number"),
    RECORD_NUMBER("record_number"),
    POSTAL_ADDRESS("postal_address"),
    POSTCODE("postcode"),
    NAME("name");

    private final String code;

    PersonalDataKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** JSON-B writes and reads the code. */
    public static final class Json extends Coded.Json<PersonalDataKind> {

        public Json() {
            super(PersonalDataKind.class);
        }
    }
}
