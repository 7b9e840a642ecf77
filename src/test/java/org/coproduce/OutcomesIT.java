package org.coproduce;

import java.net.URL;
import org.coproduce.testing.TestServer;
import org.coproduce.accountability.YouSaidWeDidJourneys;
import org.coproduce.changes.ChangesJourneys;
import org.coproduce.outcomes.BoardReportJourneys;
import org.coproduce.outcomes.CountingJourneys;
import org.coproduce.outcomes.DashboardsJourneys;
import org.coproduce.reports.ScheduledReportJourneys;
import org.coproduce.participation.ParticipationJourneys;
import org.coproduce.rises.RisesJourneys;
import org.coproduce.web.YouSaidWeDidPageJourneys;

/**
 * Outcomes on MariaDB through the API, on one deployment: counting, dashboards, the change
 * register, rising themes, citizens taking part in changes, and "you said, we did" (with its one
 * page in Chromium). Deadlines are 0 days here (see the failsafe configuration).
 */
class OutcomesIT implements CountingJourneys, DashboardsJourneys, ChangesJourneys, RisesJourneys, BoardReportJourneys,
        ScheduledReportJourneys, ParticipationJourneys,
        YouSaidWeDidJourneys, YouSaidWeDidPageJourneys {

    /** The fork's app, shared with its other IT classes. */
    final URL base = TestServer.url();

    @Override
    public URL base() {
        return base;
    }
}
