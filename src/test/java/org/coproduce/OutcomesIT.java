package org.coproduce;

import java.net.URL;
import org.coproduce.accountability.YouSaidWeDidJourneys;
import org.coproduce.changes.ChangesJourneys;
import org.coproduce.outcomes.BoardReportJourneys;
import org.coproduce.outcomes.CountingJourneys;
import org.coproduce.outcomes.DashboardsJourneys;
import org.coproduce.reports.ScheduledReportJourneys;
import org.coproduce.participation.ParticipationJourneys;
import org.coproduce.rises.RisesJourneys;
import org.coproduce.testing.Deployments;
import org.coproduce.web.YouSaidWeDidPageJourneys;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Outcomes on MariaDB through the API, on one deployment: counting, dashboards, the change
 * register, rising themes, citizens taking part in changes, and "you said, we did" (with its one
 * page in Chromium). Deadlines are 0 days here (see the failsafe configuration).
 */
@ExtendWith(ArquillianExtension.class)
class OutcomesIT implements CountingJourneys, DashboardsJourneys, ChangesJourneys, RisesJourneys, BoardReportJourneys,
        ScheduledReportJourneys, ParticipationJourneys,
        YouSaidWeDidJourneys, YouSaidWeDidPageJourneys {

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.coproduce();
    }

    @ArquillianResource
    URL base;

    @Override
    public URL base() {
        return base;
    }
}
