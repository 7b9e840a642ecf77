package org.coproduce.outcomes.boundary;

import static org.coproduce.platform.Texts.present;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.coproduce.outcomes.control.StoryFacts;
import org.coproduce.platform.Paging;
import org.coproduce.problems.InvalidInput;

/** Query parameters of drill-downs, checked before they reach a query. */
final class Filters {

    private static final Pattern THEME = Pattern.compile("[A-Za-z0-9_.-]{1,40}");

    private Filters() {
    }

    static Optional<String> theme(String text) {
        return present(text).map(t -> {
            if (!THEME.matcher(t).matches()) {
                throw new InvalidInput("theme", "must be a theme code");
            }
            return t;
        });
    }

    static Optional<String> oneOf(String field, String text, Set<String> allowed) {
        return present(text).map(t -> {
            String upper = t.toUpperCase(Locale.ROOT);
            if (!allowed.contains(upper)) {
                throw new InvalidInput(field, "must be one of " + String.join(", ", allowed.stream().sorted().toList()));
            }
            return upper;
        });
    }

    static Optional<Boolean> bool(String field, String text) {
        return present(text).map(t -> switch (t.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidInput(field, "must be true or false");
        });
    }

    static Optional<Integer> criticality(String text) {
        return present(text).map(t -> Paging.whole("criticality", t, 0, 0, 5));
    }

    static Optional<String> sentiment(String text) {
        return present(text).map(t -> {
            String lower = t.toLowerCase(Locale.ROOT);
            if (!StoryFacts.SENTIMENTS.contains(lower)) {
                throw new InvalidInput("sentiment", "must be one of " + String.join(", ", StoryFacts.SENTIMENTS));
            }
            return lower;
        });
    }
}
