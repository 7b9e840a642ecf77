package org.coproduce.analysis.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * Nested folds for an honest evaluation: item i of {@code size} (already shuffled) is in fold
 * i % count. Outer fold k is the test fold; its training part (all other folds) is split again:
 * the development fold (k + 1) % count, on which every threshold, weight and blend is chosen for
 * a model trained on the inner training part (the remaining folds). So no item of a test fold is
 * ever used to fit or to choose anything that is scored on it. Used by the evaluation only.
 */
public record Folds(int size, int count) {

    public Folds {
        if (count < 3 || size < count) {
            throw new IllegalArgumentException("need at least 3 folds and one item per fold");
        }
    }

    /** The items of outer test fold k. */
    public List<Integer> test(int k) {
        return fold(k);
    }

    /** Every item outside test fold k: what the model scored on fold k is trained on. */
    public List<Integer> train(int k) {
        return IntStream.range(0, size).filter(i -> i % count != k).boxed().toList();
    }

    /** The development fold inside the training part of outer fold k, where choices are made. */
    public List<Integer> development(int k) {
        return fold(developmentFold(k));
    }

    /** The training part of outer fold k without its development fold: fits the model scored on it. */
    public List<Integer> innerTrain(int k) {
        int d = developmentFold(k);
        return IntStream.range(0, size).filter(i -> i % count != k && i % count != d).boxed().toList();
    }

    int developmentFold(int k) {
        if (k < 0 || k >= count) {
            throw new IllegalArgumentException("fold " + k + " of " + count);
        }
        return (k + 1) % count;
    }

    private List<Integer> fold(int k) {
        if (k < 0 || k >= count) {
            throw new IllegalArgumentException("fold " + k + " of " + count);
        }
        return IntStream.range(0, size).filter(i -> i % count == k).boxed().toList();
    }

    /** The items at the given positions. */
    public static <T> List<T> pick(List<T> items, List<Integer> positions) {
        List<T> picked = new ArrayList<>(positions.size());
        positions.forEach(i -> picked.add(items.get(i)));
        return picked;
    }

    /** The candidate with the highest score; the first of equals, so a grid's order breaks ties. */
    public static <C> C best(List<C> candidates, ToDoubleFunction<C> score) {
        C best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (C candidate : candidates) {
            double s = score.applyAsDouble(candidate);
            if (s > bestScore) {
                best = candidate;
                bestScore = s;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("no candidates");
        }
        return best;
    }
}
