package org.coproduce.rises.control;

import java.util.Locale;
import org.coproduce.outcomes.control.Months;
import org.coproduce.outcomes.control.Scope;
import org.coproduce.rises.entity.ThemeRise;

/** The plain words for a rise, in the e-mail and beside it on the dashboard. */
public final class RiseText {

    private RiseText() {
    }

    public static String describe(ThemeRise rise, String theme, String scope) {
        return String.format(Locale.ENGLISH, "In %s, %d of %d stories about %s (%.0f%%) said \"%s\" could improve, against %.1f%%"
                + " of %d stories in the %d months before. A share this high would happen by chance with probability %s"
                + " (exact binomial test; the alarm level is 0.00135, a 3-sigma control limit).",
                Months.of(rise.ym()), rise.withTheme(), rise.stories(), scope, 100.0 * rise.withTheme() / rise.stories(), theme,
                100 * rise.expectedShare(), rise.historyStories(), RiseTest.HISTORY_MONTHS, probability(rise.pValue()));
    }

    static String probability(double p) {
        return p < 0.0001 ? "below 0.0001" : String.format(Locale.ENGLISH, "%.4f", p);
    }

    /** The dashboard's query parameters for the rise's scope and month. */
    public static String scopeParameter(ThemeRise rise) {
        String scope = switch (rise.scopeKind()) {
            case Scope.SERVICE -> "service=" + rise.scopeId() + "&";
            case Scope.ORGANISATION -> "organisation=" + rise.scopeId() + "&";
            default -> "";
        };
        var month = Months.of(rise.ym());
        return scope + "from=" + month.minusMonths(RiseTest.HISTORY_MONTHS) + "&to=" + month;
    }
}
