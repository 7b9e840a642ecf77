package org.coproduce.accounts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff pair = new Backoff(5, Duration.ofSeconds(1), Duration.ofMinutes(15));

    @Test
    void theFirstAttemptsPassThenTheWaitDoubles() {
        for (int n = 0; n <= 5; n++) {
            assertEquals(Duration.ZERO, pair.after(n), "attempt " + n);
        }
        assertEquals(Duration.ofSeconds(1), pair.after(6));
        assertEquals(Duration.ofSeconds(2), pair.after(7));
        assertEquals(Duration.ofSeconds(4), pair.after(8));
        assertEquals(Duration.ofSeconds(512), pair.after(15));
    }

    @Test
    void theWaitStopsAtTheMaximumAndNeverOverflows() {
        assertEquals(Duration.ofMinutes(15), pair.after(16));
        assertEquals(Duration.ofMinutes(15), pair.after(70));
        assertEquals(Duration.ofMinutes(15), pair.after(Integer.MAX_VALUE));
    }

    @Test
    void retryAfterIsWholeSecondsRoundedUpAndAtLeastOne() {
        assertEquals(1, Backoff.retryAfterSeconds(Duration.ofMillis(1)));
        assertEquals(1, Backoff.retryAfterSeconds(Duration.ZERO));
        assertEquals(2, Backoff.retryAfterSeconds(Duration.ofMillis(1001)));
        assertEquals(900, Backoff.retryAfterSeconds(Duration.ofMinutes(15)));
    }

    @Test
    void refusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(-1, Duration.ofSeconds(1), Duration.ofSeconds(2)));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(1, Duration.ZERO, Duration.ofSeconds(2)));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(1, Duration.ofSeconds(3), Duration.ofSeconds(2)));
    }

    @Test
    void theDefaultsLetAnOwnerInFromTheirOwnAddressWhileGuessersWait() {
        assertEquals(Duration.ZERO, LoginThrottle.PAIR.after(5));
        assertEquals(Duration.ofSeconds(1), LoginThrottle.PAIR.after(6));
        assertTrue(LoginThrottle.ADDRESS.free() > LoginThrottle.PAIR.free());
        assertTrue(LoginThrottle.CEILING >= 50 * LoginThrottle.PAIR.free(), "50 addresses' free attempts stay under the ceiling");
    }

    @Test
    void theAccountCeilingBlocksOnlyForTheRestOfItsMinute() {
        Instant start = Instant.parse("2026-12-04T10:00:00Z");
        assertEquals(Duration.ZERO, LoginThrottle.ceilingWait(LoginThrottle.CEILING - 1, start, start.plusSeconds(10)));
        assertEquals(Duration.ofSeconds(50), LoginThrottle.ceilingWait(LoginThrottle.CEILING, start, start.plusSeconds(10)));
        assertEquals(Duration.ZERO, LoginThrottle.ceilingWait(LoginThrottle.CEILING * 10, start, start.plusSeconds(61)));
    }

    @Test
    void theHashingGateLetsOnlyItsPermitsHashAtOnceAndAnswersBusyAfterWaiting() throws Exception {
        var gate = new HashingGate(2);
        var inside = new AtomicInteger();
        var most = new AtomicInteger();
        var busy = new AtomicInteger();
        var release = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 4; i++) {
            pool.submit(() -> {
                try {
                    gate.check(() -> {
                        most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        try {
                            release.await(HashingGate.WAIT_MILLIS + 2000, TimeUnit.MILLISECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        inside.decrementAndGet();
                        return true;
                    });
                } catch (HashingBusy e) {
                    busy.incrementAndGet();
                    assertEquals("2", e.getResponse().getHeaderString("Retry-After"));
                }
            });
        }
        Thread.sleep(HashingGate.WAIT_MILLIS + 1000);
        release.countDown();
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        assertEquals(2, most.get());
        assertEquals(2, busy.get());
    }
}
