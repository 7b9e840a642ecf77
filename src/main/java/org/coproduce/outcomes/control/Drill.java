package org.coproduce.outcomes.control;

import java.util.Optional;

/** The filters behind one dashboard number: the published stories it counts, in a range of months or weeks. */
public record Drill(Scope scope, Range range, Optional<String> theme, Optional<String> polarity,
        Optional<Integer> criticality, Optional<String> sentiment, Optional<Boolean> responded, Optional<Boolean> overdue, Optional<String> change,
        Optional<Boolean> concern) {
}
