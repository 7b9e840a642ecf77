package org.coproduce.stories.boundary;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.LongPredicate;
import java.util.stream.Stream;
import org.coproduce.problems.InvalidInput;
import org.coproduce.problems.Violation;
import org.coproduce.providers.entity.ServiceCategory;
import org.coproduce.stories.entity.Relation;
import org.coproduce.stories.entity.StoryContext;
import org.coproduce.stories.entity.StoryText;

/**
 * Checks a submission in one go: Bean Validation's findings and the rules across fields, each
 * invalid field named once, in the order the form asks for them, so that a storyteller corrects
 * everything in one round. A valid one becomes the story's text and context. Used by {@code POST /api/stories}
 * and by Open311's {@code POST /open311/v2/requests} (the same rules for both).
 */
public final class Submissions {

    /** The fields in the order of the form (tell.html). */
    static final List<String> FIELDS = List.of("serviceIds", "category", "relation", "happened", "title", "story", "good",
            "improve", "feeling", "email", "latitude", "longitude");

    private static final String MONTH = "(19|20)[0-9]{2}-(0[1-9]|1[0-2])";

    private Submissions() {
    }

    public record Checked(StoryText text, StoryContext context) {
    }

    /** Every problem at once, in form order; else the text as told, in the language of the page it was told on ("en" or "de"; null when the client did not say). */
    public static Checked check(StorySubmission s, Collection<Violation> constraintViolations, LongPredicate serviceExists, Clock clock,
            String language) {
        var violations = new ArrayList<>(constraintViolations);
        violations.addAll(rules(s, serviceExists, clock));
        if (!violations.isEmpty()) {
            throw new InvalidInput(inFormOrder(violations));
        }
        var text = new StoryText(s.title().strip(), trim(s.story()), trim(s.good()), trim(s.improve()), trim(s.feeling()), language);
        String email = s.email() == null || s.email().isBlank() ? null : s.email().strip();
        var context = new StoryContext(new LinkedHashSet<>(services(s)), category(s), parse(s.relation()), s.happened(), email,
                s.latitude(), s.longitude(), Boolean.TRUE.equals(s.trainingConsent()));
        return new Checked(text, context);
    }

    private static List<Violation> rules(StorySubmission s, LongPredicate serviceExists, Clock clock) {
        var violations = new ArrayList<Violation>();
        services(s).stream().filter(id -> id != null && !serviceExists.test(id)).findFirst()
                .ifPresent(id -> violations.add(new Violation("serviceIds", "no service has the id " + id)));
        boolean categoryGiven = s.category() != null && !s.category().isBlank();
        if (categoryGiven && category(s) == null) {
            violations.add(new Violation("category", "must be one of HEALTH, SOCIAL_CARE, DISABILITY_SUPPORT, HOUSING, COMMUNITY"));
        }
        if (services(s).isEmpty() && (!categoryGiven || s.latitude() == null || s.longitude() == null)) {
            violations.add(new Violation("serviceIds", "choose a service, or give a category and a point on the map"));
        }
        if ((s.latitude() == null) != (s.longitude() == null)) {
            violations.add(new Violation(s.latitude() == null ? "latitude" : "longitude", "give both latitude and longitude, or neither"));
        }
        if (s.relation() != null && !s.relation().isBlank() && parse(s.relation()) == null) {
            violations.add(new Violation("relation", "must be one of SERVICE_USER, CARER, RELATIVE, STAFF, OTHER"));
        }
        if (s.happened() != null && s.happened().matches(MONTH) && YearMonth.parse(s.happened()).isAfter(YearMonth.now(clock))) {
            violations.add(new Violation("happened", "cannot be in the future"));
        }
        if (Stream.of(s.story(), s.good(), s.improve(), s.feeling()).allMatch(t -> t == null || t.isBlank())) {
            violations.add(new Violation("story", "tell your story, or answer at least one of the questions"));
        }
        return violations;
    }

    /** One violation a field (the first found), ordered as the form shows the fields. */
    static List<Violation> inFormOrder(List<Violation> violations) {
        var first = new LinkedHashMap<String, Violation>();
        violations.forEach(v -> first.putIfAbsent(base(v.field()), v));
        return first.values().stream().sorted(Comparator.comparingInt(v -> position(base(v.field())))).toList();
    }

    private static int position(String field) {
        int at = FIELDS.indexOf(field);
        return at < 0 ? FIELDS.size() : at;
    }

    private static String base(String field) {
        return field.replaceAll("\\[.*$", "").replaceAll("\\..*$", "");
    }

    private static List<Long> services(StorySubmission s) {
        return s.serviceIds() == null ? List.of() : s.serviceIds().stream().distinct().toList();
    }

    private static String category(StorySubmission s) {
        return s.category() == null || s.category().isBlank() ? null
                : ServiceCategory.parse(s.category()).map(Enum::name).orElse(null);
    }

    private static Relation parse(String text) {
        if (text == null) {
            return null;
        }
        for (Relation r : Relation.values()) {
            if (r.name().equalsIgnoreCase(text.strip().replace(' ', '_').replace('-', '_'))) {
                return r;
            }
        }
        return null;
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
