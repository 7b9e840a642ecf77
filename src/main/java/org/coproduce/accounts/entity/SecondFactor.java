package org.coproduce.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * An account's TOTP secret (sealed, see accounts/control/SecondFactors), whether the app holding
 * it has proven so with a first code, the newest time step used (a code is never accepted twice)
 * and the wrong codes since the last right one, which make the next attempt wait.
 */
@Entity
@Table(name = "second_factor")
public class SecondFactor {

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Column(name = "secret_sealed")
    private String secretSealed;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "last_step")
    private long lastStep;

    @Column(name = "failed_codes")
    private int failedCodes;

    @Column(name = "blocked_until")
    private Instant blockedUntil;

    protected SecondFactor() {
    }

    public SecondFactor(long accountId, String secretSealed) {
        this.accountId = accountId;
        this.secretSealed = secretSealed;
    }

    /** The first right code proves the app has the secret; from then on logins need a code. */
    public void confirm(long step, Instant now) {
        confirmedAt = now;
        used(step);
    }

    public void used(long step) {
        if (step <= lastStep) {
            throw new IllegalArgumentException("time step " + step + " is not after " + lastStep);
        }
        lastStep = step;
        rightCode();
    }

    public void rightCode() {
        failedCodes = 0;
        blockedUntil = null;
    }

    /** Counts a wrong code; {@code wait} (from the number of wrong codes) is how long the next must wait. */
    public void wrongCode(Instant now, java.util.function.IntFunction<Duration> wait) {
        failedCodes++;
        Duration next = wait.apply(failedCodes);
        blockedUntil = next.isZero() ? null : now.plus(next);
    }

    /** How long a code must still wait; zero when it may be tried now. */
    public Duration waitAt(Instant now) {
        return blockedUntil == null || !blockedUntil.isAfter(now) ? Duration.ZERO : Duration.between(now, blockedUntil);
    }

    public boolean confirmed() {
        return confirmedAt != null;
    }

    public long accountId() {
        return accountId;
    }

    public String secretSealed() {
        return secretSealed;
    }

    public long lastStep() {
        return lastStep;
    }

    public int failedCodes() {
        return failedCodes;
    }
}
