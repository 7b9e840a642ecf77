package org.coproduce.routing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.coproduce.accounts.control.Accounts;
import org.coproduce.accounts.entity.Role;
import org.coproduce.platform.Periodic;
import org.coproduce.platform.PeriodicJob;
import org.coproduce.providers.control.Directory;
import org.coproduce.routing.entity.Alert;

/**
 * Every COPRODUCE_ESCALATION_POLL_MS (default 60 s): routes past their deadline without a
 * response escalate to the quality managers of the organisation (and its parents). Rows are
 * claimed with SKIP LOCKED, so with several instances each is escalated once.
 */
@ApplicationScoped
public class Escalation implements Periodic {

    @Inject
    RouteAlerts alerts;

    @Inject
    Accounts accounts;

    @Inject
    Directory directory;

    @Inject
    Clock clock;

    @Override
    public List<PeriodicJob> periodicJobs() {
        return List.of(PeriodicJob.inTransaction("Escalation", "COPRODUCE_ESCALATION_POLL_MS", 60_000, this::escalateDue).onOneInstance("escalation"));
    }

    void escalateDue() {
        var now = clock.instant();
        for (var route : alerts.claimUnanswered("escalated_at is null and due_at < ?", now)) {
            Set<Long> organisations = directory.withAncestors(Set.of(route.organisationId()));
            for (var manager : accounts.withRoleFor(Role.QUALITY_MANAGER, organisations)) {
                alerts.alertOnce(manager.id(), route.storyId(), Alert.OVERDUE, now);
            }
            route.escalated(now);
        }
    }
}
