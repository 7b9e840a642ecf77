package org.coproduce.platform;

import java.util.Optional;

/** Query parameters and optional fields arrive as text: absent, blank or something to read. */
public final class Texts {

    private Texts() {
    }

    /** The text, stripped, unless absent or blank. */
    public static Optional<String> present(String text) {
        return Optional.ofNullable(text).map(String::strip).filter(t -> !t.isEmpty());
    }
}
