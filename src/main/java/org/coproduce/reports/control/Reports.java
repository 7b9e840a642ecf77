package org.coproduce.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.coproduce.changes.control.MadeChanges;
import org.coproduce.mail.Attachment;
import org.coproduce.outcomes.control.Dashboards;
import org.coproduce.outcomes.control.Grouping;
import org.coproduce.outcomes.boundary.OutcomesCsv;
import org.coproduce.outcomes.control.Range;
import org.coproduce.outcomes.control.Scope;
import org.coproduce.outcomes.control.SummaryReader;
import org.coproduce.outcomes.control.Suppression;
import org.coproduce.outcomes.entity.Dashboard;
import org.coproduce.rises.control.ScopeRises;
import org.coproduce.stories.control.ThemeLabels;

/**
 * Builds a scope's report of a month or a week: the PDF and the dashboard's CSVs, from the same
 * code and summary tables as {@code GET /api/outcomes}, suppressed as for the reader (the
 * dashboard's rule for their role and the scope), in their language.
 */
@ApplicationScoped
public class Reports {

    /** Months on each side of a change for its evidence, as the change page's default. */
    static final int EVIDENCE_MONTHS = 6;

    @Inject
    SummaryReader summaries;

    @Inject
    ThemeLabels themeLabels;

    @Inject
    ScopeRises rises;

    @Inject
    MadeChanges changes;

    /** The report's files: the PDF, then the figures and the themes as CSV. */
    public record Files(Attachment pdf, Attachment figures, Attachment themes) {

        public List<Attachment> all() {
            return List.of(pdf, figures, themes);
        }
    }

    public Files of(Scope scope, ReportPeriod period, Suppression suppression, String language) {
        var figures = dashboard(scope, period.range(), suppression, language);
        var trend = dashboard(scope, period.trend(), suppression, language);
        var months = period.months();
        List<String> risen = figures.suppressed() ? List.of() : rises.statements(scope, months[0], months[1], language);
        var made = changes.between(scope, period.firstDay(), period.lastDay(), EVIDENCE_MONTHS);
        byte[] pdf = PeriodReport.pdf(new PeriodReport.Content(period, figures, trend, risen, made,
                code -> themeLabels.label(code, language)), language);
        String name = scope.kind().toLowerCase(java.util.Locale.ROOT) + "-" + scope.id() + "-" + period.label();
        return new Files(new Attachment("outcomes-" + name + ".pdf", "application/pdf", pdf),
                csv("outcomes-" + name + ".csv", OutcomesCsv.periods(figures)),
                csv("outcomes-themes-" + name + ".csv", OutcomesCsv.themes(figures)));
    }

    private Dashboard dashboard(Scope scope, Range range, Suppression suppression, String language) {
        var request = new Dashboards.Request(scope, range, Grouping.parse(null, range.span()), suppression, true);
        var data = new Dashboards.Data(summaries.counters(scope, range), summaries.themes(scope, range), summaries.responseDays(scope, range));
        return Dashboards.build(request, data, (code, polarity) -> themeLabels.label(code, language));
    }

    private static Attachment csv(String name, String text) {
        return new Attachment(name, "text/csv; charset=UTF-8", text.getBytes(StandardCharsets.UTF_8));
    }
}
