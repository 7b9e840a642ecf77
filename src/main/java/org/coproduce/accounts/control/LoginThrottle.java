package org.coproduce.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.coproduce.platform.Periodic;
import org.coproduce.platform.PeriodicJob;
import org.coproduce.platform.Secrets;
import org.coproduce.platform.Settings;
import org.coproduce.platform.SqlValues;

/**
 * Slows failed logins down instead of locking accounts, with counters in the shared database
 * (table login_throttle) so every instance sees the same numbers. Each attempt is counted
 * before its password is checked, under a row lock, so concurrent guesses are all counted and
 * none slips past a block. Three counters, each a keyed hash (no address or e-mail is stored):
 * <ul>
 * <li>account + client address: {@link #PAIR}, the one that stops a guesser;</li>
 * <li>client address, any account: {@link #ADDRESS}, against one client trying many accounts;</li>
 * <li>account, any address: a ceiling of {@link #CEILING} attempts a minute that blocks only for
 * the rest of that minute, against many addresses at once.</li>
 * </ul>
 * Because the back-off that stops a guesser is keyed by account and address, guessing a known
 * e-mail address from elsewhere does not keep its owner out.
 */
@ApplicationScoped
public class LoginThrottle implements Periodic {

    /** Account + address: 5 free, then 1 s doubling to 15 min; forgotten after an hour without attempts. */
    public static final Backoff PAIR = new Backoff(Settings.number("COPRODUCE_LOGIN_FREE_ATTEMPTS", 5),
            Duration.ofSeconds(1), Duration.ofMinutes(15));
    /** Address, any account: 20 free, then 1 s doubling to 15 min. */
    public static final Backoff ADDRESS = new Backoff(Settings.number("COPRODUCE_LOGIN_FREE_PER_ADDRESS", 20),
            Duration.ofSeconds(1), Duration.ofMinutes(15));
    /** Account, any address: this many attempts a minute, then blocked until the minute is over. */
    public static final int CEILING = Settings.number("COPRODUCE_LOGIN_CEILING_PER_MINUTE", 1000);

    static final Duration WINDOW = Duration.ofHours(1);
    static final Duration CEILING_WINDOW = Duration.ofMinutes(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    Secrets secrets;

    @Inject
    Clock clock;

    /** The three counters of a login attempt; no address or e-mail is kept, only keyed hashes. */
    public record Keys(String pair, String address, String account) {

        /** Always locked in this order, so two logins never wait for each other in a circle. */
        List<String> sorted() {
            return java.util.stream.Stream.of(pair, address, account).sorted().toList();
        }
    }

    Keys keys(String email, String clientAddress) {
        String who = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        String where = clientAddress == null ? "" : clientAddress;
        return new Keys(secrets.keyedHash("login-throttle", "pair|" + who + "|" + where),
                secrets.keyedHash("login-throttle", "address|" + where),
                secrets.keyedHash("login-throttle", "account|" + who));
    }

    /**
     * The attempt's keys, with any missing counters created, in a short transaction of its own so
     * the rows exist to be locked (and the first login's new secret is committed whatever follows).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Keys prepare(String email, String clientAddress) {
        Keys keys = keys(email, clientAddress);
        Timestamp now = Timestamp.from(clock.instant());
        for (String key : keys.sorted()) {
            em.createNativeQuery("insert ignore into login_throttle (throttle_key, attempts, window_start, blocked_until)"
                    + " values (?, 0, ?, null)").setParameter(1, key).setParameter(2, now).executeUpdate();
        }
        return keys;
    }

    /**
     * Counts one attempt on all three counters, or throws {@link LoginThrottled} without counting
     * when any of them is blocked. Commits at once, before the password is checked.
     */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = LoginThrottled.class)
    public void admit(Keys keys) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        var rows = new java.util.HashMap<String, Object[]>();
        for (String key : keys.sorted()) {
            List<?> found = em.createNativeQuery("select attempts, window_start, blocked_until from login_throttle"
                    + " where throttle_key = ? for update").setParameter(1, key).getResultList();
            Object[] row = found.isEmpty() ? new Object[] {0, Timestamp.from(now), null} : (Object[]) found.getFirst();
            rows.put(key, row);
            Instant blocked = instant(row[2]);
            if (blocked != null && blocked.isAfter(now)) {
                wait = max(wait, Duration.between(now, blocked));
            }
        }
        if (!wait.isZero()) {
            throw new LoginThrottled(Backoff.retryAfterSeconds(wait));
        }
        count(keys.pair(), rows.get(keys.pair()), now, WINDOW, n -> PAIR.after(n));
        count(keys.address(), rows.get(keys.address()), now, WINDOW, n -> ADDRESS.after(n));
        count(keys.account(), rows.get(keys.account()), now, CEILING_WINDOW,
                n -> ceilingWait(n, instant(rows.get(keys.account())[1]), now));
    }

    /** The right password: forgets this address's failures on the account and takes the attempt back elsewhere. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void succeeded(Keys keys) {
        for (String key : keys.sorted()) {
            if (key.equals(keys.pair())) {
                em.createNativeQuery("delete from login_throttle where throttle_key = ?").setParameter(1, key).executeUpdate();
            } else {
                em.createNativeQuery("update login_throttle set attempts = attempts - 1 where throttle_key = ? and attempts > 0")
                        .setParameter(1, key).executeUpdate();
            }
        }
    }

    /** The wait the account ceiling imposes after {@code attempts} in the minute that began at {@code windowStart}. */
    static Duration ceilingWait(int attempts, Instant windowStart, Instant now) {
        if (attempts < CEILING || windowStart == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, windowStart.plus(CEILING_WINDOW));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private void count(String key, Object[] row, Instant now, Duration window,
            java.util.function.IntFunction<Duration> backoff) {
        Instant start = instant(row[1]);
        boolean fresh = start == null || !now.isBefore(start.plus(window));
        int attempts = (fresh ? 0 : ((Number) row[0]).intValue()) + 1;
        if (fresh) {
            start = now;
            row[1] = Timestamp.from(now);
        }
        Duration wait = backoff.apply(attempts);
        em.createNativeQuery("update login_throttle set attempts = ?, window_start = ?, blocked_until = ?"
                + " where throttle_key = ?").setParameter(1, attempts).setParameter(2, Timestamp.from(start))
                .setParameter(3, wait.isZero() ? null : Timestamp.from(now.plus(wait))).setParameter(4, key)
                .executeUpdate();
    }

    @Override
    public List<PeriodicJob> periodicJobs() {
        return List.of(PeriodicJob.inTransaction("Forgetting old login counters", "COPRODUCE_LOGIN_THROTTLE_CLEANUP_MS",
                3_600_000, this::forgetOld));
    }

    /** Rows not touched for a day are no longer needed. */
    int forgetOld() {
        return em.createNativeQuery("delete from login_throttle where window_start < ? and (blocked_until is null"
                + " or blocked_until < ?)").setParameter(1, Timestamp.from(clock.instant().minus(Duration.ofDays(1))))
                .setParameter(2, Timestamp.from(clock.instant())).executeUpdate();
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Instant instant(Object value) {
        return SqlValues.instant(value);
    }
}
