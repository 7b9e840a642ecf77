package org.coproduce.stories.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.coproduce.problems.InvalidInput;
import org.coproduce.problems.Violation;
import org.junit.jupiter.api.Test;

class SubmissionsTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);

    static StorySubmission submission(List<Long> services, String relation, String happened, String title, String story) {
        return new StorySubmission(services, null, relation, happened, title, story, null, null, null, null, null, null, null);
    }

    static List<String> fields(InvalidInput e) {
        return e.violations().stream().map(Violation::field).toList();
    }

    @Test
    void namesEveryMissingFieldAtOnceInTheFormsOrder() {
        var beanFindings = List.of(new Violation("title", "must not be blank"), new Violation("relation", "must not be blank"),
                new Violation("happened", "must not be blank"));
        var e = assertThrows(InvalidInput.class,
                () -> Submissions.check(submission(null, null, null, null, null), beanFindings, id -> true, CLOCK, null));
        assertEquals(List.of("serviceIds", "relation", "happened", "title", "story"), fields(e));
    }

    @Test
    void namesAFieldOnceEvenWhenTwoRulesFindIt() {
        var e = assertThrows(InvalidInput.class, () -> Submissions.check(submission(List.of(7L), "NEIGHBOUR", "2027-01", "A title",
                "Told."), List.of(new Violation("relation", "must not be blank")), id -> false, CLOCK, null));
        assertEquals(List.of("serviceIds", "relation", "happened"), fields(e));
        assertEquals("must not be blank", e.violations().get(1).message(), "Bean Validation's finding comes first");
        assertEquals("cannot be in the future", e.violations().get(2).message());
    }

    @Test
    void aMalformedMonthIsLeftToBeanValidation() {
        var e = assertThrows(InvalidInput.class, () -> Submissions.check(submission(List.of(7L), "CARER", "March", "A title", null),
                List.of(new Violation("happened", "must be a month as YYYY-MM")), id -> true, CLOCK, null));
        assertEquals(List.of("happened", "story"), fields(e));
    }

    @Test
    void aValidSubmissionBecomesTextAndContext() {
        var checked = Submissions.check(submission(List.of(7L, 7L), "carer", "2026-11", " A title ", " Told. "), List.of(), id -> true, CLOCK, null);
        assertEquals("A title", checked.text().title());
        assertEquals("CARER", checked.context().relation().name());
        assertEquals(1, checked.context().serviceIds().size());
    }
}
