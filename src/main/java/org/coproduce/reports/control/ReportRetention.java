package org.coproduce.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.coproduce.accounts.control.Accounts;
import org.coproduce.outcomes.control.Scopes;
import org.coproduce.platform.Retention;

/**
 * A report subscription is an account's: at each retention pass, the subscriptions of an account
 * that is gone, disabled, or can no longer see the scope (a changed role or organisation), or of a
 * scope that no longer exists, are deleted with their deliveries; deliveries are forgotten 90 days
 * after they were queued (a subscription's last one is younger: a month or a week).
 */
@ApplicationScoped
public class ReportRetention implements Retention {

    static final Duration DELIVERIES = Duration.ofDays(90);

    @Inject
    ReportSubscriptions subscriptions;

    @Inject
    Accounts accounts;

    @Inject
    Scopes scopes;

    @Override
    public Map<String, Integer> purge(Instant now) {
        int ended = 0;
        for (var subscription : subscriptions.all()) {
            var account = accounts.find(subscription.accountId());
            var scope = scopes.find(subscription.scopeKind(), subscription.scopeId());
            if (account.isEmpty() || scope.isEmpty() || !scopes.followedBy(account.get(), scope.get())) {
                subscriptions.delete(subscription);
                ended++;
            }
        }
        var purged = new LinkedHashMap<String, Integer>();
        purged.put("report subscriptions of disabled accounts", ended);
        purged.put("report deliveries", subscriptions.forgetDeliveriesBefore(now.minus(DELIVERIES)));
        return purged;
    }
}
