package org.coproduce.outcomes.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.coproduce.outcomes.entity.Figure;

/**
 * Complementary (secondary) suppression of the counts one caller gets together. Counts are cells;
 * a sum says that one cell (a total) is the sum of others (a period's stories over its
 * criticality, a measure's total over its periods, a theme's total over its periods). After the
 * small counts are hidden, no sum may let a hidden cell be worked out from the visible ones:
 * <ul>
 * <li>a sum whose total is shown must hide none of its cells, or at least two whose hidden sum
 * (the total minus the visible cells) is 5 or more, so that none of them is pinned down;</li>
 * <li>a sum whose total is hidden must hide at least one of its cells too, or the total is the
 * sum of the visible ones.</li>
 * </ul>
 * Where a sum breaks a rule, its smallest visible cell is hidden too (the total when no cell is
 * left), and all sums are checked again until none changes: hiding only grows, so this ends.
 */
public final class Complement {

    private final Suppression suppression;
    private final List<Long> values = new ArrayList<>();
    private final List<Boolean> hidden = new ArrayList<>();
    private final List<Sum> sums = new ArrayList<>();

    private record Sum(int total, List<Integer> cells) {
    }

    public Complement(Suppression suppression) {
        this.suppression = suppression;
    }

    /** A count; returns its cell. */
    public int cell(long value) {
        values.add(value);
        hidden.add(suppression.on() && value < Suppression.MIN);
        return values.size() - 1;
    }

    /** The cell {@code total} is the sum of {@code cells}. */
    public void sum(int total, List<Integer> cells) {
        if (!cells.isEmpty()) {
            sums.add(new Sum(total, List.copyOf(cells)));
        }
    }

    /** Applies the rules; call once all cells and sums are known. */
    public Complement protect() {
        if (suppression.on()) {
            boolean changed = true;
            while (changed) {
                changed = false;
                for (var sum : sums) {
                    changed |= protect(sum);
                }
            }
        }
        return this;
    }

    public boolean hidden(int cell) {
        return hidden.get(cell);
    }

    public long value(int cell) {
        return values.get(cell);
    }

    public Figure figure(int cell) {
        return hidden(cell) ? Figure.HIDDEN : Figure.of(values.get(cell));
    }

    /** part / whole to three decimals, hidden when either count is; nothing when whole is 0. */
    public Figure share(int part, int whole) {
        if (hidden(part) || hidden(whole)) {
            return Figure.HIDDEN;
        }
        long w = value(whole);
        return w == 0 ? Figure.NONE : Figure.of(Math.round(1000.0 * value(part) / w) / 1000.0);
    }

    /** A mean or median of the stories of {@code base}, hidden with it; nothing without stories. */
    public Figure basedOn(Double value, int base) {
        if (hidden(base)) {
            return Figure.HIDDEN;
        }
        return value == null || value(base) == 0 ? Figure.NONE : Figure.of(Math.round(10.0 * value) / 10.0);
    }

    private boolean protect(Sum sum) {
        var hiddenCells = sum.cells().stream().filter(this::hidden).toList();
        if (hidden(sum.total())) {
            return hiddenCells.isEmpty() && hideSmallestVisible(sum);
        }
        long hiddenTotal = hiddenCells.stream().mapToLong(this::value).sum();
        if (hiddenCells.isEmpty() || hiddenCells.size() >= 2 && hiddenTotal >= Suppression.MIN) {
            return false;
        }
        return hideSmallestVisible(sum) || hide(sum.total());
    }

    private boolean hideSmallestVisible(Sum sum) {
        return sum.cells().stream().filter(c -> !hidden(c)).min(Comparator.comparingLong(this::value)).map(this::hide)
                .orElse(false);
    }

    private boolean hide(int cell) {
        if (hidden(cell)) {
            return false;
        }
        hidden.set(cell, true);
        return true;
    }
}
