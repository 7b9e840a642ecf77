package org.coproduce.barriers.boundary;

import static org.coproduce.platform.Texts.present;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.coproduce.barriers.control.BarrierCategories;
import org.coproduce.barriers.control.BarrierFilter;
import org.coproduce.barriers.entity.BarrierStatus;
import org.coproduce.problems.InvalidInput;
import org.coproduce.stories.control.StoryFilter;

/** The {@code category} and {@code status} query parameters of every barrier list and the map: 400 naming the one that is no code. */
@ApplicationScoped
public class BarrierFilters {

    static final String STATUSES = "must be one of REPORTED, CONFIRMED, BEING_FIXED, FIXED";

    @Inject
    BarrierCategories categories;

    public BarrierFilter of(Optional<StoryFilter.Area> area, String category, String status) {
        var code = present(category).map(c -> categories.find(c).orElseThrow(() -> new InvalidInput("category", categories.expected())).code());
        return new BarrierFilter(area, code, present(status).map(BarrierFilters::status));
    }

    static BarrierStatus status(String text) {
        return BarrierStatus.parse(text).orElseThrow(() -> new InvalidInput("status", STATUSES));
    }
}
