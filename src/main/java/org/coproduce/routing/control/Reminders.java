package org.coproduce.routing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.coproduce.accounts.control.Accounts;
import org.coproduce.accounts.entity.Account;
import org.coproduce.accounts.entity.Role;
import org.coproduce.platform.Periodic;
import org.coproduce.platform.PeriodicJob;
import org.coproduce.platform.Settings;
import org.coproduce.routing.entity.Alert;
import org.coproduce.routing.entity.StoryRoute;

/**
 * Every COPRODUCE_REMINDER_POLL_MS (default 60 s): an open route whose deadline is less than
 * COPRODUCE_REMINDER_HOURS (default 48) away reminds its assignee, or the organisation's
 * responders when nobody is assigned (inbox and e-mail). Once a route: reminded_at is set in the
 * same transaction, and rows are claimed with SKIP LOCKED. Escalation after the deadline is
 * {@link Escalation}'s, separately.
 */
@ApplicationScoped
public class Reminders implements Periodic {

    static final Duration AHEAD = Duration.ofHours(Settings.number("COPRODUCE_REMINDER_HOURS", 48));

    @Inject
    RouteAlerts alerts;

    @Inject
    Accounts accounts;

    @Inject
    Clock clock;

    @Override
    public List<PeriodicJob> periodicJobs() {
        return List.of(PeriodicJob.inTransaction("Reminders", "COPRODUCE_REMINDER_POLL_MS", 60_000, this::remindDue).onOneInstance("reminders"));
    }

    void remindDue() {
        var now = clock.instant();
        for (var route : alerts.claimUnanswered("reminded_at is null and due_at > ? and due_at <= ?", now, now.plus(AHEAD))) {
            for (var account : recipients(route)) {
                alerts.alertOnce(account.id(), route.storyId(), Alert.REMINDER, now);
            }
            route.reminded(now);
        }
    }

    private List<Account> recipients(StoryRoute route) {
        var assignee = route.assigneeId() == null ? null : accounts.find(route.assigneeId()).filter(a -> !a.disabled()).orElse(null);
        if (assignee != null) {
            return List.of(assignee);
        }
        return accounts.withRoleFor(Role.RESPONDER, Set.of(route.organisationId())).stream()
                .filter(a -> a.organisationIds().contains(route.organisationId())).toList();
    }
}
