package org.coproduce.outcomes.boundary;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.coproduce.outcomes.control.DrillDown;
import org.coproduce.outcomes.control.Suppression;
import org.coproduce.platform.Page;
import org.coproduce.stories.boundary.PublishedStoryView;

/**
 * The published stories behind a number. When they are fewer than five and small counts are
 * suppressed, neither the stories nor their number are shown ({@code suppressed}). A filter
 * combination that is no dashboard number is counted up to a cap: {@code totalAtLeast} says the
 * total is that cap and there are more.
 */
public record StoriesBehind(List<PublishedStoryView> items, Long total, boolean totalAtLeast, int page, int size,
        boolean suppressed) {

    static StoriesBehind of(DrillDown.Found found, Suppression suppression, Function<Long, Optional<PublishedStoryView>> view) {
        Page<Long> ids = found.page();
        if (!found.totalAtLeast() && suppression.count(ids.total()).suppressed()) {
            return new StoriesBehind(List.of(), null, false, ids.page(), ids.size(), true);
        }
        var items = ids.items().stream().map(view).flatMap(Optional::stream).toList();
        return new StoriesBehind(items, ids.total(), found.totalAtLeast(), ids.page(), ids.size(), false);
    }
}
