package org.coproduce.platform;

import java.util.List;
import java.util.function.Function;

/** The shape of every list answer: one page of items and the total across all pages. */
public record Page<T>(List<T> items, long total, int page, int size) {

    /**
     * Reorders the items of this page. The database ranks services by a flat-earth distance; the
     * distances shown are great-circle ones, and the page must read in their order.
     */
    public Page<T> sorted(java.util.Comparator<T> order) {
        return new Page<>(items.stream().sorted(order).toList(), total, page, size);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total, page, size);
    }

    /** Maps the page's items all at once (one query for what hangs on all of them, not one an item); same order, same count. */
    public <R> Page<R> mapAll(Function<List<T>, List<R>> mapper) {
        return new Page<>(mapper.apply(items), total, page, size);
    }
}
