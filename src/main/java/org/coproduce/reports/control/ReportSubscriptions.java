package org.coproduce.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.coproduce.outcomes.control.Scope;
import org.coproduce.reports.entity.ReportDelivery;
import org.coproduce.reports.entity.ReportSubscription;

/** Accounts' report subscriptions and their deliveries: one subscription per account, scope and cadence. */
@ApplicationScoped
public class ReportSubscriptions {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public List<ReportSubscription> of(long accountId) {
        return em.createNamedQuery(ReportSubscription.OF_ACCOUNT, ReportSubscription.class).setParameter("account", accountId)
                .getResultList();
    }

    /** The account's subscription to the scope at the cadence, if it has one. */
    public Optional<ReportSubscription> find(long accountId, Scope scope, String cadence) {
        return of(accountId).stream()
                .filter(s -> s.scopeKind().equals(scope.kind()) && s.scopeId() == scope.id() && s.cadence().equals(cadence)).findFirst();
    }

    public ReportSubscription subscribe(long accountId, Scope scope, String cadence, String language) {
        var subscription = new ReportSubscription(accountId, scope.kind(), scope.id(), cadence, language, clock.instant());
        em.persist(subscription);
        em.flush();
        return subscription;
    }

    /** The subscription if it is this account's (another's is as absent as one that never was). */
    public Optional<ReportSubscription> own(long accountId, long id) {
        return Optional.ofNullable(em.find(ReportSubscription.class, id)).filter(s -> s.accountId() == accountId);
    }

    public Optional<ReportSubscription> find(long id) {
        return Optional.ofNullable(em.find(ReportSubscription.class, id));
    }

    /** Deletes it with its deliveries (a queued one then sends nothing). */
    public void delete(ReportSubscription subscription) {
        em.createQuery("delete from ReportDelivery d where d.subscriptionId = :s").setParameter("s", subscription.id()).executeUpdate();
        em.remove(subscription);
    }

    /** Subscriptions at the cadence without a delivery for the period, at most {@code limit}. */
    public List<ReportSubscription> due(String cadence, ReportPeriod period, int limit) {
        return em.createNamedQuery(ReportSubscription.DUE, ReportSubscription.class).setParameter("cadence", cadence)
                .setParameter("period", period.label()).setMaxResults(limit).getResultList();
    }

    public List<ReportSubscription> all() {
        return em.createNamedQuery(ReportSubscription.ALL, ReportSubscription.class).getResultList();
    }

    /** Records the period's delivery of the subscription (the pair is unique in the table). */
    public ReportDelivery deliver(ReportSubscription subscription, ReportPeriod period) {
        var delivery = new ReportDelivery(subscription.id(), period.label(), clock.instant());
        em.persist(delivery);
        em.flush();
        return delivery;
    }

    public Optional<ReportDelivery> delivery(long id) {
        return Optional.ofNullable(em.find(ReportDelivery.class, id));
    }

    /** Forgets deliveries queued before the instant (the subscription's last one is always younger than that). */
    public int forgetDeliveriesBefore(java.time.Instant before) {
        return em.createQuery("delete from ReportDelivery d where d.queuedAt < :before").setParameter("before", before).executeUpdate();
    }
}
