package org.coproduce.stories.boundary;

import java.time.YearMonth;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Stream;
import org.coproduce.problems.InvalidInput;
import org.coproduce.problems.Violation;
import org.coproduce.providers.control.Directory;
import org.coproduce.providers.entity.ServiceCategory;
import org.coproduce.stories.entity.Relation;
import org.coproduce.stories.entity.StoryContext;
import org.coproduce.stories.entity.StoryText;

/** Turns a valid-looking submission into the story's text and context, checking the rules across fields. */
final class Submissions {

    private Submissions() {
    }

    /** The text as told, in the language of the page it was told on ("en" or "de"; null when the client did not say). */
    static StoryText text(StorySubmission s, String language) {
        if (Stream.of(s.story(), s.good(), s.improve(), s.feeling()).allMatch(t -> t == null || t.isBlank())) {
            throw new InvalidInput("story", "tell your story, or answer at least one of the questions");
        }
        return new StoryText(s.title().strip(), trim(s.story()), trim(s.good()), trim(s.improve()), trim(s.feeling()), language);
    }

    static StoryContext context(StorySubmission s, Directory directory, Clock clock) {
        var violations = new ArrayList<Violation>();
        var services = new LinkedHashSet<>(s.serviceIds() == null ? List.of() : s.serviceIds());
        services.stream().filter(id -> directory.service(id).isEmpty()).findFirst()
                .ifPresent(id -> violations.add(new Violation("serviceIds", "no service has the id " + id)));
        String category = null;
        if (s.category() != null && !s.category().isBlank()) {
            category = ServiceCategory.parse(s.category()).map(Enum::name).orElse(null);
            if (category == null) {
                violations.add(new Violation("category", "must be one of HEALTH, SOCIAL_CARE, DISABILITY_SUPPORT, HOUSING, COMMUNITY"));
            }
        }
        if (services.isEmpty() && (s.category() == null || s.latitude() == null || s.longitude() == null)) {
            violations.add(new Violation("serviceIds", "choose a service, or give a category and a point on the map"));
        }
        if ((s.latitude() == null) != (s.longitude() == null)) {
            violations.add(new Violation(s.latitude() == null ? "latitude" : "longitude", "give both latitude and longitude, or neither"));
        }
        Relation relation = parse(s.relation());
        if (relation == null) {
            violations.add(new Violation("relation", "must be one of SERVICE_USER, CARER, RELATIVE, STAFF, OTHER"));
        }
        if (YearMonth.parse(s.happened()).isAfter(YearMonth.now(clock))) {
            violations.add(new Violation("happened", "cannot be in the future"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        String email = s.email() == null || s.email().isBlank() ? null : s.email().strip();
        return new StoryContext(services, category, relation, s.happened(), email, s.latitude(), s.longitude());
    }

    private static Relation parse(String text) {
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
