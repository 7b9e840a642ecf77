package org.coproduce.changes.control;

/**
 * Whether the share of stories raising the change's themes as "could improve" differs before
 * and after the change by more than chance, at the 5% level, two-sided. Fisher's exact test
 * when any expected cell count is under 5 (the normal approximation is poor there, and counts
 * per service are often small); otherwise the pooled two-proportion z-test, which for large
 * counts agrees with Fisher's and is cheap and easy to explain.
 */
public final class BeforeAfter {

    public static final double ALPHA = 0.05;

    public record Side(long stories, long raising) {

        public Double share() {
            return stories == 0 ? null : (double) raising / stories;
        }
    }

    public record Result(Side before, Side after, String method, Double pValue, boolean moreThanChance, String statement) {
    }

    private BeforeAfter() {
    }

    public static Result compare(Side before, Side after) {
        if (before.stories() == 0 || after.stories() == 0) {
            return new Result(before, after, "none", null, false,
                    "There are no stories " + (before.stories() == 0 ? "before" : "after") + " the change to compare with.");
        }
        long n = before.stories() + after.stories();
        long hits = before.raising() + after.raising();
        double minExpected = Math.min(hits, n - hits) * (double) Math.min(before.stories(), after.stories()) / n;
        boolean exact = minExpected < 5;
        double p = exact ? fisher(before.raising(), before.stories() - before.raising(), after.raising(),
                after.stories() - after.raising()) : zTest(before, after);
        boolean significant = p < ALPHA;
        String direction = after.share() < before.share() ? "fell" : after.share() > before.share() ? "rose" : "stayed the same";
        String statement = String.format(java.util.Locale.ROOT,
                "The share of stories raising these themes as something to improve %s from %.0f%% (%d of %d) to %.0f%% (%d of %d); "
                + "%s (%s, p = %.3f).", direction, 100 * before.share(), before.raising(), before.stories(),
                100 * after.share(), after.raising(), after.stories(),
                significant ? "this is more than chance would explain" : "this could be chance",
                exact ? "Fisher's exact test" : "two-proportion z-test", p);
        return new Result(before, after, exact ? "fisher-exact" : "two-proportion-z", p, significant, statement);
    }

    static double zTest(Side a, Side b) {
        double p1 = a.share();
        double p2 = b.share();
        double pooled = (double) (a.raising() + b.raising()) / (a.stories() + b.stories());
        double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / a.stories() + 1.0 / b.stories()));
        if (se == 0) {
            return 1.0;
        }
        double z = Math.abs(p1 - p2) / se;
        return Math.min(1.0, 2 * (1 - normalCdf(z)));
    }

    /** Two-sided Fisher's exact test of the 2x2 table [[a, b], [c, d]]: sum of tables no more likely than the observed. */
    static double fisher(long a, long b, long c, long d) {
        long row1 = a + b;
        long col1 = a + c;
        long n = a + b + c + d;
        double observed = logHypergeometric(a, row1, col1, n);
        double p = 0;
        for (long x = Math.max(0, row1 + col1 - n); x <= Math.min(row1, col1); x++) {
            double logP = logHypergeometric(x, row1, col1, n);
            if (logP <= observed + 1e-7) {
                p += Math.exp(logP);
            }
        }
        return Math.min(1.0, p);
    }

    private static double logHypergeometric(long x, long row1, long col1, long n) {
        return logChoose(col1, x) + logChoose(n - col1, row1 - x) - logChoose(n, row1);
    }

    private static double logChoose(long n, long k) {
        return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
    }

    private static double logFactorial(long n) {
        double sum = 0;
        for (long i = 2; i <= n; i++) {
            sum += Math.log(i);
        }
        return sum;
    }

    /** Standard normal CDF (Abramowitz and Stegun 7.1.26 on erf; error under 1.5e-7). */
    static double normalCdf(double z) {
        double x = Math.abs(z) / Math.sqrt(2);
        double t = 1 / (1 + 0.3275911 * x);
        double erf = 1 - t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
                * Math.exp(-x * x);
        return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
    }
}
