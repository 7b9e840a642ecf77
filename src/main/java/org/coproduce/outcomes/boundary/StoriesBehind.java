package org.coproduce.outcomes.boundary;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.coproduce.outcomes.control.Suppression;
import org.coproduce.platform.Page;
import org.coproduce.stories.boundary.PublishedStoryView;

/**
 * The published stories behind a number. When they are fewer than five and small counts are
 * suppressed, neither the stories nor their number are shown ({@code suppressed}).
 */
public record StoriesBehind(List<PublishedStoryView> items, Long total, int page, int size, boolean suppressed) {

    static StoriesBehind of(Page<Long> ids, Suppression suppression, Function<Long, Optional<PublishedStoryView>> view) {
        if (suppression.count(ids.total()).suppressed()) {
            return new StoriesBehind(List.of(), null, ids.page(), ids.size(), true);
        }
        var items = ids.items().stream().map(view).flatMap(Optional::stream).toList();
        return new StoriesBehind(items, ids.total(), ids.page(), ids.size(), false);
    }
}
