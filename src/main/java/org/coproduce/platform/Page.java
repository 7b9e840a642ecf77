package org.coproduce.platform;

import java.util.List;
import java.util.function.Function;

/** The shape of every list answer: one page of items and the total across all pages. */
public record Page<T>(List<T> items, long total, int page, int size) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total, page, size);
    }
}
