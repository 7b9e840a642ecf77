package org.coproduce.platform;

import jakarta.json.bind.adapter.JsonbAdapter;
import java.util.Optional;

/**
 * An enum whose wire spelling (JSON, stored JSON, training files) is a code of its own rather
 * than the constant's name: constants are upper case as everywhere in Java, while codes keep the
 * lower-case spelling clients and stored data already use. The enum names its {@link Json}
 * adapter in {@code @JsonbTypeAdapter}, so JSON-B writes and reads the code.
 */
public interface Coded {

    String code();

    /** The constant with this code, if any. */
    static <E extends Enum<E> & Coded> Optional<E> parse(Class<E> type, String code) {
        for (E constant : type.getEnumConstants()) {
            if (constant.code().equals(code)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /** The constant with this code; like {@link Enum#valueOf}, an unknown code is an IllegalArgumentException. */
    static <E extends Enum<E> & Coded> E of(Class<E> type, String code) {
        return parse(type, code).orElseThrow(() -> new IllegalArgumentException(
                "No " + type.getSimpleName() + " with code " + code));
    }

    /** JSON-B adapter writing a constant as its code; one subclass per enum, with a public no-argument constructor. */
    abstract class Json<E extends Enum<E> & Coded> implements JsonbAdapter<E, String> {

        private final Class<E> type;

        protected Json(Class<E> type) {
            this.type = type;
        }

        @Override
        public String adaptToJson(E constant) {
            return constant.code();
        }

        @Override
        public E adaptFromJson(String code) {
            return of(type, code);
        }
    }
}
