package org.coproduce.reports.boundary;

import java.time.Instant;
import org.coproduce.reports.entity.ReportSubscription;

/** A report subscription as its owner sees it. */
public record SubscriptionView(long id, String scopeKind, long scopeId, String scopeName, String cadence, String language,
        Instant createdAt) {

    static SubscriptionView of(ReportSubscription s, String scopeName) {
        return new SubscriptionView(s.id(), s.scopeKind(), s.scopeId(), scopeName, s.cadence(), s.language(), s.createdAt());
    }
}
