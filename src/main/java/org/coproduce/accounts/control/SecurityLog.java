package org.coproduce.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.coproduce.accounts.entity.SecurityEvent;
import org.coproduce.platform.Page;
import org.coproduce.platform.Paging;
import org.coproduce.platform.Periodic;
import org.coproduce.platform.PeriodicJob;
import org.coproduce.platform.Secrets;
import org.coproduce.platform.Settings;

/**
 * Writes and reads the security log (table security_event). Each event is written in a
 * transaction of its own, so a request that is refused, or whose own transaction rolls back,
 * still leaves its trace. The client is a keyed hash of its address (secret {@value #SECRET}):
 * events from one client can be told apart without storing where it was. Events older than
 * {@code COPRODUCE_SECURITY_EVENT_DAYS} (365) are deleted hourly.
 */
@ApplicationScoped
public class SecurityLog implements Periodic {

    static final String SECRET = "security-log";
    static final int KEPT_DAYS = Settings.number("COPRODUCE_SECURITY_EVENT_DAYS", 365);

    @PersistenceContext
    EntityManager em;

    @Inject
    Secrets secrets;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** Records an event; {@code actor} is who did it (null: nobody logged in), {@code subject} the account it concerns. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(SecurityEvent.Kind kind, Long actor, Long subject, String detail) {
        write(kind, actor, subject, detail);
    }

    /**
     * Records an event done by the caller of this request (nobody when not logged in). Also in a
     * transaction of its own: a call from this bean to {@link #record} would not pass the interceptor.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void byCaller(SecurityEvent.Kind kind, Long subject, String detail) {
        write(kind, callerId().orElse(null), subject, detail);
    }

    private void write(SecurityEvent.Kind kind, Long actor, Long subject, String detail) {
        String client = clientAddress().map(address -> secrets.keyedHash(SECRET, address)).orElse(null);
        em.persist(new SecurityEvent(clock.instant(), kind, actor, subject, client, detail));
    }

    public Page<SecurityEvent> find(SecurityEventFilter filter, Paging paging) {
        var where = filter.jpql();
        var items = filter.bind(em.createQuery("select e from SecurityEvent e" + where
                + " order by e.occurredAt desc, e.id desc", SecurityEvent.class))
                .setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        long total = filter.bind(em.createQuery("select count(e) from SecurityEvent e" + where, Long.class)).getSingleResult();
        return new Page<>(items, total, paging.page(), paging.size());
    }

    @Override
    public List<PeriodicJob> periodicJobs() {
        return List.of(PeriodicJob.inTransaction("Forgetting old security events", "COPRODUCE_SECURITY_EVENT_CLEANUP_MS",
                3_600_000, this::forgetOld));
    }

    void forgetOld() {
        forgetBefore(clock.instant().minus(Duration.ofDays(KEPT_DAYS)));
    }

    int forgetBefore(Instant cutoff) {
        return em.createQuery("delete from SecurityEvent e where e.occurredAt < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate();
    }

    private Optional<Long> callerId() {
        try {
            return caller.account().map(a -> a.id());
        } catch (ContextNotActiveException outsideARequest) {
            return Optional.empty();
        }
    }

    private Optional<String> clientAddress() {
        try {
            return caller.address();
        } catch (ContextNotActiveException outsideARequest) {
            return Optional.empty();
        }
    }
}
