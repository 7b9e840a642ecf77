package org.coproduce.outcomes.control;

import java.time.YearMonth;
import java.util.Optional;

/** The filters behind one dashboard number: the published stories it counts. */
public record Drill(Scope scope, YearMonth from, YearMonth to, Optional<String> theme, Optional<String> polarity,
        Optional<Integer> criticality, Optional<Boolean> responded, Optional<Boolean> overdue, Optional<String> change,
        Optional<Boolean> concern) {
}
