package org.coproduce.outcomes.control;

import org.coproduce.outcomes.entity.Figure;

/**
 * Small-number suppression for public figures: a count under {@value #MIN}, and any rate,
 * share or time that rests on fewer than {@value #MIN} stories (numerator or denominator), is
 * withheld so that no storyteller can be recognised from a cell. Zero counts too: the rule is
 * "fewer than 5", and withholding zeros keeps cells from being told apart by their absence.
 */
public record Suppression(boolean on) {

    public static final int MIN = 5;
    public static final Suppression PUBLIC = new Suppression(true);
    public static final Suppression NONE = new Suppression(false);

    public Figure count(long n) {
        return hides(n) ? Figure.HIDDEN : Figure.of(n);
    }

    /** part / whole, to three decimals; nothing when whole is 0. */
    public Figure share(long part, long whole) {
        if (hides(part) || hides(whole)) {
            return Figure.HIDDEN;
        }
        return whole == 0 ? Figure.NONE : Figure.of(Math.round(1000.0 * part / whole) / 1000.0);
    }

    /** A value computed from {@code base} stories (a mean, a median); nothing without a base. */
    public Figure basedOn(Double value, long base) {
        if (hides(base)) {
            return Figure.HIDDEN;
        }
        return value == null || base == 0 ? Figure.NONE : Figure.of(Math.round(10.0 * value) / 10.0);
    }

    private boolean hides(long n) {
        return on && n < MIN;
    }
}
