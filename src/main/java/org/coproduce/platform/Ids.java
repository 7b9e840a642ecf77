package org.coproduce.platform;

import java.util.Optional;
import org.coproduce.problems.InvalidInput;

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

    /** The optional {@code organisation} query parameter: empty when absent or blank, 400 naming it when it is no id. */
    public static Optional<Long> organisation(String text) {
        return query("organisation", text, "must be an organisation id");
    }

    /** The optional {@code service} query parameter: empty when absent or blank, 400 naming it when it is no id. */
    public static Optional<Long> service(String text) {
        return query("service", text, "must be a service id");
    }

    private static Optional<Long> query(String name, String text, String message) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(parse(text.strip()).orElseThrow(() -> new InvalidInput(name, message)));
    }
}
