package org.coproduce.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.coproduce.accounts.entity.Account;
import org.coproduce.accounts.entity.SecondFactor;
import org.coproduce.platform.Digests;
import org.coproduce.platform.Sealing;
import org.coproduce.platform.Secrets;
import org.coproduce.problems.Conflict;
import org.coproduce.problems.InvalidInput;

/**
 * Setting up, checking and removing an account's second factor (TOTP) and its recovery codes.
 * The TOTP secret is sealed (AES-256-GCM, {@link Sealing}) under a key derived from the server
 * secret {@code totp}; recovery codes are kept only as keyed hashes. Wrong codes make the next
 * attempt wait ({@link #WRONG_CODES}, per account: only someone who knows the password can try).
 */
@ApplicationScoped
public class SecondFactors {

    /** 5 wrong codes pass at once, then 1 s doubling to 15 min: about 18 guesses in the first hour, then 4 an hour. */
    static final Backoff WRONG_CODES = new Backoff(5, Duration.ofSeconds(1), Duration.ofMinutes(15));
    public static final int RECOVERY_CODES = 10;
    static final String ISSUER = "Coproduce";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Secrets secrets;

    @Inject
    Clock clock;

    /** The secret to type into an authenticator app, and the same as an otpauth:// link. */
    public record Enrolment(String secret, String uri) {
    }

    public boolean enrolled(long accountId) {
        var factor = em.find(SecondFactor.class, accountId);
        return factor != null && factor.confirmed();
    }

    /** A new secret, not yet needed at login until {@link #confirm} proves the app has it. */
    public Enrolment start(Account account) {
        var existing = em.find(SecondFactor.class, account.id(), LockModeType.PESSIMISTIC_WRITE);
        if (existing != null && existing.confirmed()) {
            throw new Conflict("A second factor is set up already: turn it off first to set up another.");
        }
        if (existing != null) {
            em.remove(existing);
            em.flush();
        }
        byte[] secret = Totp.newSecret();
        em.persist(new SecondFactor(account.id(), Sealing.seal(key(), associated(account.id()), secret)));
        return new Enrolment(Base32.encode(secret, false), Totp.uri(ISSUER, account.email(), secret));
    }

    /** The first right code turns the second factor on; returns the recovery codes, shown this once. */
    public List<String> confirm(Account account, String code) {
        var factor = em.find(SecondFactor.class, account.id(), LockModeType.PESSIMISTIC_WRITE);
        if (factor == null || factor.confirmed()) {
            throw new Conflict("No second factor is being set up: start again.");
        }
        var now = clock.instant();
        long step = Totp.matchingStep(secret(factor), code, now, factor.lastStep())
                .orElseThrow(() -> new InvalidInput("code", "is wrong or was used already"));
        factor.confirm(step, now);
        return newRecoveryCodes(account.id());
    }

    /**
     * Whether the code (or else the recovery code) is right, counted in a transaction of its own
     * that commits whatever the answer: a right code's time step is used up, a recovery code is
     * spent, a wrong one makes the next wait. Throws {@link LoginThrottled} while it must wait.
     */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = LoginThrottled.class)
    public boolean check(long accountId, String code, String recoveryCode) {
        var factor = em.find(SecondFactor.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (factor == null || !factor.confirmed()) {
            return false;
        }
        var now = clock.instant();
        Duration wait = factor.waitAt(now);
        if (!wait.isZero()) {
            throw new LoginThrottled(Backoff.retryAfterSeconds(wait));
        }
        if (code != null) {
            var step = Totp.matchingStep(secret(factor), code.strip(), now, factor.lastStep());
            if (step.isPresent()) {
                factor.used(step.getAsLong());
                return true;
            }
        } else if (recoveryCode != null && spend(accountId, recoveryCode)) {
            factor.rightCode();
            return true;
        }
        factor.wrongCode(now, WRONG_CODES::after);
        return false;
    }

    public int recoveryCodesLeft(long accountId) {
        return ((Number) em.createNativeQuery("select count(*) from recovery_code where account_id = ? and used_at is null")
                .setParameter(1, accountId).getSingleResult()).intValue();
    }

    public void remove(long accountId) {
        em.createNativeQuery("delete from recovery_code where account_id = ?").setParameter(1, accountId).executeUpdate();
        var factor = em.find(SecondFactor.class, accountId);
        if (factor != null) {
            em.remove(factor);
        }
    }

    private List<String> newRecoveryCodes(long accountId) {
        em.createNativeQuery("delete from recovery_code where account_id = ?").setParameter(1, accountId).executeUpdate();
        var codes = new ArrayList<String>();
        while (codes.size() < RECOVERY_CODES) {
            String code = recoveryCode();
            em.createNativeQuery("insert into recovery_code (code_hash, account_id) values (?, ?)")
                    .setParameter(1, hashOf(accountId, code)).setParameter(2, accountId).executeUpdate();
            codes.add(code);
        }
        return codes;
    }

    /** Spends the code if it is one of the account's unused ones; one statement, so only once. */
    private boolean spend(long accountId, String code) {
        // under the current server secret, or the previous one while it is being rotated (docs/keys.md)
        for (String hash : secrets.keyedHashes("recovery-codes", accountId + "|" + normalised(code))) {
            if (em.createNativeQuery("update recovery_code set used_at = ? where code_hash = ? and account_id = ? and used_at is null")
                    .setParameter(1, Timestamp.from(clock.instant())).setParameter(2, hash)
                    .setParameter(3, accountId).executeUpdate() == 1) {
                return true;
            }
        }
        return false;
    }

    /** 60 random bits as 12 base-32 characters in three groups: xxxx-xxxx-xxxx. */
    static String recoveryCode() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        String text = Base32.encode(bytes, false).substring(0, 12).toLowerCase(Locale.ROOT);
        return text.substring(0, 4) + "-" + text.substring(4, 8) + "-" + text.substring(8);
    }

    /** Case, spaces and hyphens do not matter. */
    static String normalised(String code) {
        return code.toLowerCase(Locale.ROOT).replaceAll("[^a-z2-7]", "");
    }

    private String hashOf(long accountId, String code) {
        return secrets.keyedHash("recovery-codes", accountId + "|" + normalised(code));
    }

    /** Opened with the key of the current server secret, or of the previous one while it is being rotated. */
    private byte[] secret(SecondFactor factor) {
        try {
            return Sealing.open(key(), associated(factor.accountId()), factor.secretSealed());
        } catch (IllegalStateException sealedBefore) {
            var previous = secrets.previous("totp");
            if (previous.isEmpty()) {
                throw sealedBefore;
            }
            return Sealing.open(key(previous.get()), associated(factor.accountId()), factor.secretSealed());
        }
    }

    private byte[] key() {
        return key(secrets.get("totp"));
    }

    private static byte[] key(byte[] totp) {
        return Digests.hmac(totp, "second-factor sealing key");
    }

    private static String associated(long accountId) {
        return "second_factor:" + accountId;
    }
}
