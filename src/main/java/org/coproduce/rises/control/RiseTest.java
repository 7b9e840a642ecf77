package org.coproduce.rises.control;

import java.util.Optional;

/**
 * Is a month's share of stories raising a theme as "could improve" unusually high against the
 * scope's own previous months? A p-chart with exact limits: the expected share is the pooled
 * share of the history (with half a story added, so a theme never raised before is not
 * expected at exactly 0), and the month is unusual when a binomial count at that share reaches
 * the observed count with probability under 0.00135, the one-sided false-alarm rate of the
 * usual 3-sigma control limit. Exact rather than normal limits because counts per service are
 * small. Real monthly counts vary more than a binomial (seasons, campaigns): when the history
 * shows it (Laney's sigma-z, the mean moving range of the months' z-scores over 1.128, above 1),
 * the month must also lie beyond the 3-sigma limit widened by that factor (a Laney p'-chart).
 * Nothing is tested on thin evidence: at least 6 months and 30 stories of history, and at least
 * 5 stories with the theme in the month (the public suppression threshold).
 */
public final class RiseTest {

    public static final int HISTORY_MONTHS = 12;
    static final int MIN_HISTORY_MONTHS = 6;
    static final long MIN_HISTORY_STORIES = 30;
    static final long MIN_COUNT = 5;
    static final double ALPHA = 0.00135;

    public record Result(long withTheme, long stories, double observedShare, double expectedShare, long historyStories,
            double pValue) {
    }

    private RiseTest() {
    }

    /** historyWith[i] of historyStories[i] stories raised the theme in past month i; the month: with of stories. */
    public static Optional<Result> unusual(long[] historyWith, long[] historyStories, long with, long stories) {
        long pastWith = 0;
        long pastStories = 0;
        int monthsWithStories = 0;
        for (int i = 0; i < historyStories.length; i++) {
            pastWith += historyWith[i];
            pastStories += historyStories[i];
            monthsWithStories += historyStories[i] > 0 ? 1 : 0;
        }
        if (monthsWithStories < MIN_HISTORY_MONTHS || pastStories < MIN_HISTORY_STORIES || with < MIN_COUNT
                || stories <= 0 || with > stories) {
            return Optional.empty();
        }
        double expected = (pastWith + 0.5) / (pastStories + 1.0);
        double observed = (double) with / stories;
        if (observed <= expected) {
            return Optional.empty();
        }
        double p = upperTail(stories, with, expected);
        if (p >= ALPHA) {
            return Optional.empty();
        }
        double sigma = Math.sqrt(expected * (1 - expected) / stories);
        double widened = 3 * sigma * Math.max(1.0, sigmaZ(historyWith, historyStories, expected));
        return observed - expected > widened ? Optional.of(new Result(with, stories, observed, expected, pastStories, p))
                : Optional.empty();
    }

    /**
     * Laney's sigma-z: how much more the history's monthly shares vary than a binomial would (1
     * when they vary as expected): the mean moving range of their z-scores divided by 1.128.
     */
    static double sigmaZ(long[] historyWith, long[] historyStories, double expected) {
        double previous = Double.NaN;
        double ranges = 0;
        int count = 0;
        for (int i = 0; i < historyStories.length; i++) {
            if (historyStories[i] == 0) {
                continue;
            }
            double z = ((double) historyWith[i] / historyStories[i] - expected)
                    / Math.sqrt(expected * (1 - expected) / historyStories[i]);
            if (!Double.isNaN(previous)) {
                ranges += Math.abs(z - previous);
                count++;
            }
            previous = z;
        }
        return count == 0 ? 1.0 : ranges / count / 1.128;
    }

    /** P(X >= x) for X ~ Binomial(n, p), summed in log space from x upwards. */
    static double upperTail(long n, long x, double p) {
        if (x <= 0) {
            return 1.0;
        }
        if (x > n) {
            return 0.0;
        }
        double logP = Math.log(p);
        double logQ = Math.log1p(-p);
        double logTerm = logChoose(n, x) + x * logP + (n - x) * logQ;
        double sum = 0;
        for (long k = x; k <= n; k++) {
            double term = Math.exp(logTerm);
            sum += term;
            if (k > n * p && term < sum * 1e-16) {
                break;
            }
            logTerm += Math.log((double) (n - k) / (k + 1)) + logP - logQ;
        }
        return Math.min(1.0, sum);
    }

    private static double logChoose(long n, long k) {
        long small = Math.min(k, n - k);
        double sum = 0;
        for (long i = 1; i <= small; i++) {
            sum += Math.log((double) (n - small + i) / i);
        }
        return sum;
    }
}
