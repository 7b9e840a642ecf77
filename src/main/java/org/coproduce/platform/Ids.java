package org.coproduce.platform;

import java.util.Optional;

/** Path ids arrive as text: anything that is not a positive number simply names nothing. */
public final class Ids {

    private Ids() {
    }

    public static Optional<Long> parse(String text) {
        if (text == null || !text.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(text));
    }
}
