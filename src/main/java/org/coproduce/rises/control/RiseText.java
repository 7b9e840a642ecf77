package org.coproduce.rises.control;

import java.util.Locale;
import org.coproduce.mail.Templates;
import org.coproduce.outcomes.control.Months;
import org.coproduce.outcomes.control.Scope;
import org.coproduce.rises.entity.ThemeRise;

/** The plain words for a rise, in the e-mail and beside it on the dashboard. */
public final class RiseText {

    private RiseText() {
    }

    /** The rise in words, in the language (rise.describe in the e-mails' texts: English, or German for "de"). */
    public static String describe(ThemeRise rise, String theme, String scope, Locale language) {
        return Templates.text(language, "rise.describe", Months.of(rise.ym()), rise.withTheme(), rise.stories(), scope,
                String.format(language, "%.0f", 100.0 * rise.withTheme() / rise.stories()), theme,
                String.format(language, "%.1f", 100 * rise.expectedShare()), rise.historyStories(), RiseTest.HISTORY_MONTHS,
                probability(rise.pValue(), language));
    }

    static String probability(double p, Locale language) {
        return p < 0.0001 ? Templates.text(language, "rise.below", String.format(language, "%.4f", 0.0001))
                : String.format(language, "%.4f", p);
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
