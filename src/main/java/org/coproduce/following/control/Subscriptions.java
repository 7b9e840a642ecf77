package org.coproduce.following.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.coproduce.background.control.Outbox;
import org.coproduce.following.entity.Digest;
import org.coproduce.following.entity.Follower;
import org.coproduce.following.entity.Target;
import org.coproduce.platform.Digests;
import org.coproduce.platform.Settings;

/**
 * Following by e-mail. Double opt-in: a new subscription gets only the confirmation e-mail
 * ({@link ConfirmationMail}) until its link is used; the same address following the same target
 * again gets a fresh confirmation once the last one is an hour old (nothing when it is confirmed
 * already: the earlier link still works). At most
 * {@link #CLIENT_LIMIT} subscriptions an hour from one client (429), and at most
 * {@link #ADDRESS_LIMIT} confirmation e-mails an hour to one address (further requests are
 * accepted and dropped, so the form cannot be used to flood an address).
 */
@ApplicationScoped
public class Subscriptions {

    /** How long a confirmation link works and an unconfirmed address is kept (COPRODUCE_RETAIN_UNCONFIRMED_DAYS). */
    public static final Duration CONFIRM = Duration.ofDays(Settings.number("COPRODUCE_RETAIN_UNCONFIRMED_DAYS", 7));
    static final int CLIENT_LIMIT = Settings.number("COPRODUCE_FOLLOW_RATE_LIMIT", 10);
    static final int ADDRESS_LIMIT = 3;
    static final Duration CLIENT_HASH_KEPT = Duration.ofHours(Settings.number("COPRODUCE_RETAIN_CLIENT_HASH_HOURS", 48));

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    public void subscribe(String email, String language, Digest digest, Target target, String clientHash) {
        Instant now = clock.instant();
        checkRate(clientHash, now);
        String address = email.strip().toLowerCase(Locale.ROOT);
        if (recentFor(address, now) >= ADDRESS_LIMIT) {
            return;
        }
        var same = em.createQuery("select s from Follower s where s.email = :e and s.targetKind = :k and s.targetKey = :t",
                Follower.class).setParameter("e", address).setParameter("k", target.kind()).setParameter("t", target.key())
                .getResultList();
        if (same.stream().anyMatch(s -> s.confirmed() || s.askedAfter(now.minus(Duration.ofHours(1))))) {
            return;
        }
        same.forEach(em::remove);
        var subscription = new Follower(address, language, digest, target, clientHash, now);
        em.persist(subscription);
        em.flush();
        outbox.enqueue(ConfirmationMail.KIND, subscription.id());
    }

    /** Confirms the subscription the token was sent for; empty for an unknown or expired link. */
    public Optional<Follower> confirm(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        var found = em.createQuery("select s from Follower s where s.confirmHash = :h", Follower.class)
                .setParameter("h", Digests.sha256(token.strip())).getResultStream().findFirst()
                .filter(s -> s.confirmable(now, CONFIRM));
        found.ifPresent(s -> s.confirm(now));
        return found;
    }

    /** A new confirmation token for the subscription; only its hash is kept, an earlier link stops working. */
    String newConfirmation(Follower subscription) {
        String token = Digests.randomToken();
        subscription.newConfirmation(Digests.sha256(token));
        return token;
    }

    Optional<Follower> find(long id) {
        return Optional.ofNullable(em.find(Follower.class, id));
    }

    /** The confirmed subscription of this id (gone once unsubscribed). */
    public Optional<Follower> confirmed(long id) {
        return find(id).filter(Follower::confirmed);
    }

    /** The ids of the confirmed subscriptions following the target, oldest first. */
    public List<Long> confirmedFollowersOf(Target target) {
        return em.createQuery("select s.id from Follower s where s.targetKind = :k and s.targetKey = :t and s.confirmedAt is not null"
                + " order by s.id", Long.class).setParameter("k", target.kind()).setParameter("t", target.key()).getResultList();
    }

    /** Erasure: the row and the address go. */
    boolean delete(long id) {
        return em.createQuery("delete from Follower s where s.id = :id").setParameter("id", id).executeUpdate() > 0;
    }

    /** Confirmed subscriptions whose digest is due, oldest due first. */
    List<Follower> due(Instant now, int limit) {
        return em.createQuery("select s from Follower s where s.confirmedAt is not null and s.nextDigestAt <= :now"
                + " order by s.nextDigestAt, s.id", Follower.class).setParameter("now", now).setMaxResults(limit).getResultList();
    }

    /** Retention: the client hashes kept for the rate limit, after COPRODUCE_RETAIN_CLIENT_HASH_HOURS (48). */
    int forgetClientHashes(Instant now) {
        return em.createQuery("update Follower s set s.clientHash = null where s.clientHash is not null and s.createdAt < :before")
                .setParameter("before", now.minus(CLIENT_HASH_KEPT)).executeUpdate();
    }

    /** Retention: unconfirmed subscriptions older than the link's validity. */
    int forgetUnconfirmed(Instant now) {
        return em.createQuery("delete from Follower s where s.confirmedAt is null and s.createdAt < :before")
                .setParameter("before", now.minus(CONFIRM)).executeUpdate();
    }

    private long recentFor(String address, Instant now) {
        return em.createQuery("select count(s) from Follower s where s.email = :e and s.createdAt > :since", Long.class)
                .setParameter("e", address).setParameter("since", now.minus(Duration.ofHours(1))).getSingleResult();
    }

    private void checkRate(String clientHash, Instant now) {
        var recent = em.createQuery("select s.createdAt from Follower s where s.clientHash = :c and s.createdAt > :since"
                + " order by s.createdAt", Instant.class).setParameter("c", clientHash)
                .setParameter("since", now.minus(Duration.ofHours(1))).getResultList();
        if (recent.size() >= CLIENT_LIMIT) {
            Instant freed = recent.get(recent.size() - CLIENT_LIMIT).plus(Duration.ofHours(1));
            throw new TooManySubscriptions(Math.max(1, Duration.between(now, freed).toSeconds()));
        }
    }
}
